package io.demarc.inventory.collect;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.inventory.model.CollectionRun;
import io.demarc.inventory.model.CollectionRunRecording;
import io.demarc.inventory.model.CollectionRunStatus;
import io.demarc.inventory.model.CollectionRunStep;
import io.demarc.inventory.model.CollectionRunStepStatus;
import io.demarc.inventory.repository.TenantRepository;

/** Each change of a run's or step's state in its own short transaction, so the API shows progress as it happens. */
@ApplicationScoped
class RunProgress {

    private static final int MAX_ERROR = 4000;

    @Inject
    CollectionRuns runs;

    @Inject
    TenantRepository tenants;

    /** The tenant's sts:ExternalId; never logged. */
    @Transactional
    String externalId(String tenantId) {
        return tenants.findByIdOptional(tenantId).map(tenant -> tenant.externalId)
                .orElseThrow(() -> new IllegalStateException("tenant " + tenantId + " is gone"));
    }

    /** The run's steps, the run marked RUNNING. */
    @Transactional
    List<CollectionRunStep> begin(long runId) {
        CollectionRun run = runs.require(runId);
        run.status = CollectionRunStatus.RUNNING;
        run.startedAt = Instant.now();
        return runs.steps(runId);
    }

    @Transactional
    void stepStarted(long stepId) {
        CollectionRunStep step = runs.step(stepId);
        step.status = CollectionRunStepStatus.RUNNING;
        step.startedAt = Instant.now();
    }

    /** A step that could not run at all (role not assumable, region not enabled). */
    @Transactional
    void stepEnded(long stepId, CollectionRunStepStatus status, String reason) {
        CollectionRunStep step = runs.step(stepId);
        step.status = status;
        step.error = truncate(reason);
        step.finishedAt = Instant.now();
    }

    /** A step that ran: its outcome, counts and recording. */
    @Transactional
    void stepRan(long stepId, StepOutcome outcome, byte[] zip) {
        CollectionRunStep step = runs.step(stepId);
        step.status = outcome.failed() ? CollectionRunStepStatus.FAILED : CollectionRunStepStatus.SUCCEEDED;
        step.error = truncate(outcome.error());
        step.calls = outcome.calls();
        step.failedCalls = outcome.failedCalls();
        step.items = outcome.items();
        step.stored = outcome.stored();
        step.unchanged = outcome.unchanged();
        step.stale = outcome.stale();
        step.deleted = outcome.deleted();
        step.finishedAt = Instant.now();
        if (zip != null) {
            CollectionRunRecording recording = new CollectionRunRecording();
            recording.stepId = stepId;
            recording.tenantId = step.tenantId;
            recording.zip = zip;
            runs.persist(recording);
        }
    }

    /** SUCCEEDED when every step worked or was skipped, FAILED when none worked, else PARTIAL. */
    @Transactional
    CollectionRunStatus finish(long runId) {
        List<CollectionRunStep> steps = runs.steps(runId);
        long failed = steps.stream().filter(s -> s.status != CollectionRunStepStatus.SUCCEEDED
                && s.status != CollectionRunStepStatus.SKIPPED).count();
        long succeeded = steps.stream().filter(s -> s.status == CollectionRunStepStatus.SUCCEEDED).count();
        CollectionRun run = runs.require(runId);
        run.status = failed == 0
                ? CollectionRunStatus.SUCCEEDED
                : succeeded == 0 ? CollectionRunStatus.FAILED : CollectionRunStatus.PARTIAL;
        run.finishedAt = Instant.now();
        return run.status;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
    }
}
