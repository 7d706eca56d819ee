package io.demarc.inventory.collect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.inventory.api.CollectionRunView;
import io.demarc.inventory.model.AwsAccount;
import io.demarc.inventory.model.CollectionRun;
import io.demarc.inventory.model.CollectionRunRecording;
import io.demarc.inventory.model.CollectionRunStatus;
import io.demarc.inventory.model.CollectionRunStep;
import io.demarc.inventory.model.CollectionRunStepStatus;
import io.demarc.inventory.model.CollectionRunTrigger;
import io.demarc.inventory.repository.AwsAccountRepository;
import io.demarc.inventory.service.Problems;
import io.demarc.inventory.service.TenantService;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;

/** Starts collection runs (their steps planned up front, so progress has a total) and reads them. */
@ApplicationScoped
public class CollectionService {

    @Inject
    CollectionRuns runs;

    @Inject
    AwsAccountRepository accounts;

    @Inject
    TenantService tenants;

    @Inject
    ServiceCollectors collectors;

    @Inject
    CollectionRunMapper mapper;

    @Inject
    CollectionRunner runner;

    /**
     * Plans a run of the given accounts (all of the tenant's when {@code null}) and hands it to the runner.
     *
     * @return the queued run
     */
    public CollectionRunView start(String tenantId, List<String> accountIds, CollectionRunTrigger trigger,
            String requestedBy) {
        CollectionRunView run = plan(tenantId, accountIds, trigger, requestedBy);
        runner.submit(tenantId, run.id());
        return run;
    }

    @Transactional
    CollectionRunView plan(String tenantId, List<String> accountIds, CollectionRunTrigger trigger,
            String requestedBy) {
        tenants.requireActive(tenantId);
        List<AwsAccount> selected = select(tenantId, accountIds);
        CollectionRun run = new CollectionRun();
        run.tenantId = tenantId;
        run.trigger = trigger;
        run.status = CollectionRunStatus.QUEUED;
        run.requestedBy = requestedBy;
        run.createdAt = Instant.now();
        runs.persist(run);
        List<CollectionRunStep> steps = new ArrayList<>();
        for (AwsAccount account : selected) {
            for (ServiceCollector collector : collectors.enabled()) {
                List<String> regions = collector.global() ? List.of(CollectionRunStep.GLOBAL) : account.regions;
                regions.forEach(region -> steps.add(step(run, account.accountId, region, collector.service())));
            }
        }
        steps.forEach(runs::persist);
        return mapper.toView(run, steps, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionRunView get(String tenantId, long runId) {
        CollectionRun run = runs.find(tenantId, runId).orElseThrow(
                () -> HttpProblems.notFound("No collection run " + runId + " in tenant '" + tenantId + "'."));
        return mapper.toView(run, runs.steps(runId), true);
    }

    /** Newest first; each run's steps read in one query for the whole page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<CollectionRunView> list(String tenantId, CursorRequest request) {
        List<CollectionRun> page = runs.page(tenantId, beforeId(request.validated().after()), request.fetchSize());
        Map<Long, List<CollectionRunStep>> steps = runs.stepsOf(page.stream().map(run -> run.id).toList());
        return CursorPage.of(page, request, run -> Long.toString(run.id),
                run -> mapper.toView(run, steps.getOrDefault(run.id, List.of()), false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] recording(String tenantId, long runId, long stepId) {
        return runs.recording(tenantId, runId, stepId).map((CollectionRunRecording r) -> r.zip).orElseThrow(
                () -> HttpProblems.notFound("No recording of step " + stepId + " in collection run " + runId
                        + " of tenant '" + tenantId + "' (the step may not have run yet)."));
    }

    private List<AwsAccount> select(String tenantId, List<String> accountIds) {
        if (accountIds == null) {
            List<AwsAccount> all = accounts.findByTenant(tenantId).list();
            if (all.isEmpty()) {
                throw HttpProblems.conflict("Tenant '" + tenantId + "' has no AWS account to collect; register one"
                        + " first.");
            }
            return all;
        }
        Set<String> unique = new LinkedHashSet<>(accountIds);
        List<AwsAccount> selected = new ArrayList<>();
        for (String accountId : unique) {
            selected.add(accounts.findByTenantAndAccount(tenantId, accountId).orElseThrow(
                    () -> Problems.badField("accountIds", "AWS account " + accountId + " is not registered in"
                            + " tenant '" + tenantId + "'")));
        }
        return selected;
    }

    /** The run id a cursor continues after; a 400 problem for a cursor that holds none. */
    private static Long beforeId(String after) {
        if (after == null) {
            return null;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw Problems.badField("cursor", "is not a cursor this API gave out; pass nextCursor of the previous"
                    + " page unchanged");
        }
    }

    private static CollectionRunStep step(CollectionRun run, String accountId, String region, String service) {
        CollectionRunStep step = new CollectionRunStep();
        step.runId = run.id;
        step.tenantId = run.tenantId;
        step.accountId = accountId;
        step.region = region;
        step.service = service;
        step.status = CollectionRunStepStatus.PENDING;
        return step;
    }
}
