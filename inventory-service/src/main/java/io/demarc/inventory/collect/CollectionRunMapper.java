package io.demarc.inventory.collect;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.inventory.api.CollectionCounts;
import io.demarc.inventory.api.CollectionRunView;
import io.demarc.inventory.api.CollectionStepView;
import io.demarc.inventory.model.CollectionRun;
import io.demarc.inventory.model.CollectionRunStep;
import io.demarc.inventory.model.CollectionRunStepStatus;

/** Runs and steps as the API shows them; a run's progress and counts are computed from its steps. */
@ApplicationScoped
class CollectionRunMapper {

    CollectionRunView toView(CollectionRun run, List<CollectionRunStep> steps, boolean withSteps) {
        int done = (int) steps.stream().filter(step -> step.status.done()).count();
        CollectionCounts counts = steps.stream().map(CollectionRunMapper::counts).reduce(CollectionCounts.ZERO,
                CollectionCounts::plus);
        return new CollectionRunView(run.id, run.status.name(), run.trigger.name(), run.requestedBy, run.createdAt,
                run.startedAt, run.finishedAt, new CollectionRunView.Progress(done, steps.size()), counts,
                withSteps ? steps.stream().map(step -> toView(run, step)).toList() : null);
    }

    private static CollectionStepView toView(CollectionRun run, CollectionRunStep step) {
        boolean ran = step.status == CollectionRunStepStatus.SUCCEEDED
                || step.status == CollectionRunStepStatus.FAILED && step.calls > 0;
        String recording = ran
                ? "/api/v1/tenants/" + run.tenantId + "/collections/" + run.id + "/steps/" + step.id + "/recording"
                : null;
        return new CollectionStepView(step.id, step.accountId, step.region, step.service, step.status.name(),
                step.error, counts(step), step.startedAt, step.finishedAt, recording);
    }

    private static CollectionCounts counts(CollectionRunStep step) {
        return new CollectionCounts(step.calls, step.failedCalls, step.items, step.stored, step.unchanged,
                step.stale, step.deleted);
    }
}
