package io.demarc.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.demarc.catalog.testdata.SharedData;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

/**
 * The tree built field by field must be the codec's own, or hashes and rules would see another item; the CEL value
 * built straight from the item must be the one that tree converts to.
 */
class ItemTreeTest {

    @Test
    void equalsTheCodecsTreeForRealItemsOfSeveralTypes() {
        int compared = 0;
        for (String type : List.of("AWS::EC2::SecurityGroup", "AWS::EC2::Instance", "AWS::S3::Bucket",
                "AWS::RDS::DBInstance", "AWS::EC2::Volume")) {
            List<SharedData.Found> items;
            try {
                items = SharedData.itemsOfType(type);
            } catch (RuntimeException e) {
                continue; // a shared-data file of this type the test reader cannot take (epoch capture times)
            }
            for (SharedData.Found found : items) {
                assertThat(ItemTree.of(found.item())).as(found.toString())
                        .isEqualTo(EventCodec.mapper().valueToTree(found.item()));
                assertThat(CelValues.ofItem(found.item())).as("CEL value of " + found)
                        .isEqualTo(CelValues.fromJson(ItemTree.of(found.item())));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void leavesOutNullFieldsAndKeepsTagsAndJsonNulls() {
        ConfigurationItem item = new ConfigurationItem("111122223333", null, "AWS::S3::Bucket", "b", null, null, null,
                null, "OK", Map.of("env", "prod"), JsonNodeFactory.instance.nullNode(), null);

        assertThat(ItemTree.of(item)).isEqualTo(EventCodec.mapper().valueToTree(item));
        assertThat(ItemTree.of(item).has("awsRegion")).isFalse();
        assertThat(CelValues.ofItem(item)).isEqualTo(CelValues.fromJson(ItemTree.of(item)));
    }
}
