package io.demarc.inventory.collect;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.demarc.inventory.model.CollectionRunStatus;
import io.demarc.inventory.model.CollectionRunStep;
import io.demarc.inventory.model.CollectionRunStepStatus;
import io.demarc.inventory.service.AccountService;
import io.demarc.inventory.service.AssumeRoleOutcome;
import io.demarc.service.tenancy.TenantScope;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;

/**
 * Executes collection runs in the background (a managed executor): per account, assume the role (recording the
 * outcome on the account), find the enabled regions, then run each planned step. One account's failure never stops
 * the others.
 */
@ApplicationScoped
class CollectionRunner {

    private static final Logger LOG = Logger.getLogger(CollectionRunner.class);

    @Inject
    ManagedExecutor executor;

    @Inject
    RunProgress progress;

    @Inject
    RoleAssumer roles;

    @Inject
    AccountService accounts;

    @Inject
    AwsClients clients;

    @Inject
    StepRunner steps;

    /** Runs on another thread, so the run's tenant goes with it: the tenant wall shows that thread nothing else. */
    void submit(String tenantId, long runId) {
        executor.runAsync(() -> TenantScope.run(tenantId, () -> execute(runId))).exceptionally(e -> {
            LOG.errorf(e, "Collection run %d stopped unexpectedly.", runId);
            return null;
        });
    }

    void execute(long runId) {
        List<CollectionRunStep> planned = progress.begin(runId);
        Map<String, List<CollectionRunStep>> byAccount = planned.stream()
                .collect(Collectors.groupingBy(step -> step.accountId, LinkedHashMap::new, Collectors.toList()));
        byAccount.forEach((accountId, accountSteps) -> collectAccount(accountSteps.get(0).tenantId, accountId,
                accountSteps));
        CollectionRunStatus status = progress.finish(runId);
        LOG.infof("Collection run %d finished: %s.", runId, status);
    }

    private void collectAccount(String tenantId, String accountId, List<CollectionRunStep> accountSteps) {
        RoleAssumer.Assumed assumed = roles.assume(accountId, progress.externalId(tenantId));
        Instant now = Instant.now();
        recordOutcome(tenantId, accountId, assumed.succeeded()
                ? AssumeRoleOutcome.success(now)
                : AssumeRoleOutcome.failure(assumed.failure(), now));
        if (!assumed.succeeded()) {
            LOG.warnf("Tenant %s: AWS account %s not collected, its role could not be assumed.", tenantId, accountId);
            accountSteps.forEach(step -> progress.stepEnded(step.id, CollectionRunStepStatus.FAILED,
                    assumed.failure()));
            return;
        }
        AwsSession home = new AwsSession(accountId, clients.defaultRegion(), assumed.credentials(), clients);
        EnabledRegions regions = enabledRegions(home);
        for (CollectionRunStep step : accountSteps) {
            if (step.region.equals(CollectionRunStep.GLOBAL)) {
                steps.run(step, home);
            } else if (regions.failure() != null) {
                progress.stepEnded(step.id, CollectionRunStepStatus.FAILED, regions.failure());
            } else if (!regions.names().contains(step.region)) {
                progress.stepEnded(step.id, CollectionRunStepStatus.SKIPPED, "region " + step.region
                        + " is not enabled in the account");
            } else {
                steps.run(step, new AwsSession(accountId, software.amazon.awssdk.regions.Region.of(step.region),
                        assumed.credentials(), clients));
            }
        }
    }

    /** The account may have been removed meanwhile: then there is nothing to record. */
    private void recordOutcome(String tenantId, String accountId, AssumeRoleOutcome outcome) {
        try {
            accounts.recordAssumeRole(tenantId, accountId, outcome);
        } catch (RuntimeException e) {
            LOG.infof("Tenant %s: AWS account %s is gone; its AssumeRole outcome is not recorded.", tenantId,
                    accountId);
        }
    }

    /** The regions enabled in the account, or why they are unknown. */
    record EnabledRegions(Set<String> names, String failure) {
    }

    private static EnabledRegions enabledRegions(AwsSession home) {
        CallRecorder recorder = new CallRecorder();
        try (Ec2Client ec2 = home.client(Ec2Client::builder)) {
            return recorder.call("ec2", "DescribeRegions", () -> ec2.describeRegions(b -> {
            })).map(r -> new EnabledRegions(r.regions().stream().map(Region::regionName).collect(Collectors.toSet()),
                    null)).orElseGet(() -> new EnabledRegions(Set.of(),
                            "DescribeRegions failed, so the enabled"
                                    + " regions are unknown: "
                                    + StepRunner.describe(recorder.responses().calls().get(0))));
        }
    }
}
