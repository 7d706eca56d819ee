package io.demarc.launcher.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demarc.launcher.demo.DemoPlan.Account;
import io.demarc.launcher.demo.DemoPlan.Tenant;

/**
 * inventory's part, as the MSP operator: registers the tenant (its Keycloak organization exists already, which
 * inventory accepts) and its AWS accounts, imports the tenant's AWS Config items, and starts one collection run per
 * account the first time. AWS is not reachable from a laptop, so those runs end FAILED with the reason: an honest
 * run history, and it runs in the background, so it never holds up {@code up}.
 */
final class InventoryDemo {

    private final DemoApi api;

    InventoryDemo(DemoApi api) {
        this.api = api;
    }

    void register(Tenant tenant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", tenant.id());
        body.put("name", tenant.name());
        api.postJson("inventory", "/api/v1/tenants", DemoPlan.OPERATOR, body).expect(true);
        for (Account account : tenant.accounts()) {
            api.postJson("inventory", tenantPath(tenant) + "/accounts", DemoPlan.OPERATOR, accountBody(account))
                    .expect(true);
        }
    }

    static Map<String, Object> accountBody(Account account) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", account.accountId());
        body.put("name", account.name());
        body.put("environment", account.environment());
        body.put("regions", List.of(account.region()));
        return body;
    }

    /** Items carry fixed configurationStateIds: a repeated import stores nothing new. */
    void importItems(Tenant tenant, String items) {
        api.postJson("inventory", tenantPath(tenant) + "/imports", DemoPlan.OPERATOR, items).expect(false);
    }

    /**
     * @return runs started: one per account while the tenant has no run an operator requested (inventory's scheduler
     *         adds runs of its own, every collection interval, for each account)
     */
    int collectOnce(Tenant tenant) {
        DemoApi.Answer runs = api.get("inventory", tenantPath(tenant) + "/collections?limit=50", DemoPlan.OPERATOR)
                .expect(false);
        for (var run : runs.json().path("items")) {
            if (run.path("trigger").asText().equals("REQUESTED")) {
                return 0;
            }
        }
        for (Account account : tenant.accounts()) {
            api.postJson("inventory", tenantPath(tenant) + "/collections", DemoPlan.OPERATOR,
                    Map.of("accountIds", List.of(account.accountId()))).expect(false);
        }
        return tenant.accounts().size();
    }

    static String tenantPath(Tenant tenant) {
        return "/api/v1/tenants/" + tenant.id();
    }
}
