package io.demarc.contracts;

import static io.demarc.contracts.CompletePayloads.ACCOUNT;
import static io.demarc.contracts.CompletePayloads.RESOURCE;
import static io.demarc.contracts.CompletePayloads.assertComplete;
import static io.demarc.contracts.CompletePayloads.assertMissing;
import static io.demarc.contracts.CompletePayloads.blank;
import static io.demarc.contracts.CompletePayloads.with;
import static io.demarc.contracts.CompletePayloads.without;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What consumers may rely on in inventory's resource and account events. */
class InventoryContractChecksTest {

    @Test
    void aResourceChangeWithItsRequiredFieldsOnlyIsComplete() {
        assertComplete(RESOURCE);
        ResourceChanged minimal = RESOURCE;
        for (String optional : new String[]{"itemHash", "item.awsRegion", "item.resourceName", "item.arn",
                "item.configurationStateId", "item.configurationItemStatus", "item.tags", "item.configuration"}) {
            minimal = without(minimal, optional);
        }
        assertComplete(minimal);
    }

    @Test
    void aDeletionIsCheckedLikeAnUpsert() {
        ResourceChanged deleted = with(RESOURCE, "change", "DELETED");

        assertComplete(deleted);
        assertMissing(without(deleted, "item.configurationItemCaptureTime"), "item.configurationItemCaptureTime");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "change", "item", "item.accountId", "item.resourceType", "item.resourceId",
            "item.configurationItemCaptureTime"})
    void aResourceChangeNeeds(String field) {
        assertMissing(without(RESOURCE, field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "item.accountId", "item.resourceType", "item.resourceId"})
    void aResourceChangeRefusesBlank(String field) {
        assertMissing(blank(RESOURCE, field), field);
    }

    @Test
    void anAccountChangeWithItsRequiredFieldsOnlyIsComplete() {
        assertComplete(ACCOUNT);
        AccountChanged minimal = ACCOUNT;
        for (String optional : new String[]{"name", "environment", "regions", "status", "changedAt"}) {
            minimal = without(minimal, optional);
        }
        assertComplete(minimal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "change", "accountId"})
    void anAccountChangeNeeds(String field) {
        assertMissing(without(ACCOUNT, field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenantId", "accountId"})
    void anAccountChangeRefusesBlank(String field) {
        assertMissing(blank(ACCOUNT, field), field);
    }
}
