package io.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.service.TenantFindingsLock;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The lock that keeps an owner refresh from racing an evaluation: evaluations of a tenant share it, a refresh waits for
 * them (and they for it), and other tenants are not held up.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class TenantFindingsLockTest {

    @Inject
    TenantFindingsLock lock;

    @Inject
    EntityManager entityManager;

    @Test
    void aRefreshWaitsForARunningEvaluationOfItsTenantOnly() throws Exception {
        CountDownLatch evaluating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> evaluation = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    lock.forEvaluation("acme");
                    evaluating.countDown();
                    await(release);
                }));
        assertThat(evaluating.await(10, TimeUnit.SECONDS)).isTrue();

        // Another evaluation of acme runs alongside; a refresh of globex is not held up.
        QuarkusTransaction.requiringNew().run(() -> lock.forEvaluation("acme"));
        QuarkusTransaction.requiringNew().run(() -> lock.forRefresh("globex"));
        // A refresh of acme waits: with a short lock timeout it gives up instead.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("set local lock_timeout = '300ms'").executeUpdate();
            lock.forRefresh("acme");
        })).hasStackTraceContaining("lock timeout");

        release.countDown();
        evaluation.get(10, TimeUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> lock.forRefresh("acme"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
