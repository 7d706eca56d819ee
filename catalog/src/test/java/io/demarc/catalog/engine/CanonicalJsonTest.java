package io.demarc.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.demarc.catalog.ingest.ConfigurationItemHash;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.SharedData;

class CanonicalJsonTest {

    @Test
    void sortsKeysAtEveryLevelAndDropsWhitespace() {
        assertThat(CanonicalJson.write(Items.json("{ 'b': 1, 'a': { 'd': [ 2, {'z':1,'y':2} ], 'c': null } }")))
                .isEqualTo("{\"a\":{\"c\":null,\"d\":[2,{\"y\":2,\"z\":1}]},\"b\":1}");
    }

    @Test
    void hashesTheSameContentAlikeWhateverTheFieldOrder() {
        assertThat(PreparedItem.of(Items.securityGroup("{'groupId':'sg-1','vpcId':'vpc-1'}")).sha256())
                .isEqualTo(PreparedItem.of(Items.securityGroup("{'vpcId':'vpc-1','groupId':'sg-1'}")).sha256())
                .isNotEqualTo(PreparedItem.of(Items.securityGroup("{'vpcId':'vpc-2','groupId':'sg-1'}")).sha256())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void hashesTheKnownDigestOfTheCanonicalText() {
        // sha256 of {"a":1} computed independently (printf '{"a":1}' | sha256sum).
        assertThat(CanonicalJson.sha256(Items.json("{ 'a' : 1 }")))
                .isEqualTo("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
    }

    /** Inventory stores the same hash for the same item, so evidence and inventory can be matched by it. */
    @Test
    void hashesAnItemAsTheIngestSideDoes() {
        var item = SharedData.itemsOfType("AWS::EC2::SecurityGroup").get(0).item();

        assertThat(PreparedItem.of(item).sha256()).isEqualTo(ConfigurationItemHash.sha256(item));
    }
}
