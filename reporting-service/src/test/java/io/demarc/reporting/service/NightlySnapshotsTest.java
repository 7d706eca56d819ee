package io.demarc.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.reporting.ScopedReads;
import io.demarc.reporting.model.PostureSnapshot;
import io.demarc.reporting.repository.TenantRepository;
import io.demarc.reporting.repository.TrendRepository;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The nightly snapshot job still reaches every tenant behind the tenant wall, each in its own scope. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = "findings,resources,accounts,ownership"))
class NightlySnapshotsTest {

    private static final List<String> TENANTS = List.of("night-a", "night-b");

    @Inject
    PostureSnapshots snapshots;

    @Inject
    TenantRepository tenants;

    @Inject
    TrendRepository trends;

    @Test
    void theNightlyJobSnapshotsEveryTenant() throws Exception {
        for (String tenant : TENANTS) {
            TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew()
                    .run(() -> tenants.remember(tenant, Instant.now())));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // A thread of its own, with no scope and no request, as the scheduler's is.
        ExecutorService schedulerLike = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture.runAsync(snapshots::nightly, schedulerLike).get(60, TimeUnit.SECONDS);
        } finally {
            schedulerLike.shutdown();
        }

        for (String tenant : TENANTS) {
            List<PostureSnapshot> taken = ScopedReads.inTenant(tenant, () -> trends.snapshots(tenant, today, today));
            assertThat(taken).as("snapshots of %s", tenant).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.tenantId).isEqualTo(tenant));
        }
    }
}
