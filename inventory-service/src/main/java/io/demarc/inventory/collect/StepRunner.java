package io.demarc.inventory.collect;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.demarc.catalog.recordings.CollectionGap;
import io.demarc.catalog.recordings.NormalizedRecording;
import io.demarc.catalog.recordings.RecordedCall;
import io.demarc.catalog.recordings.RecordingContext;
import io.demarc.catalog.recordings.RecordingNormalizer;
import io.demarc.inventory.model.CollectionRunStep;

/**
 * Runs one step: the service's calls, recorded; the recording through the same normalizer as uploads; the items
 * through the import path. A failed call is an error of the step unless the normalizer took it as an answer (no
 * password policy, no bucket policy); an erroneous step marks nothing deleted.
 */
@ApplicationScoped
class StepRunner {

    private static final Logger LOG = Logger.getLogger(StepRunner.class);

    private final RecordingNormalizer normalizer = new RecordingNormalizer();

    @Inject
    RunProgress progress;

    @Inject
    ServiceCollectors collectors;

    @Inject
    StepWriter writer;

    void run(CollectionRunStep step, AwsSession session) {
        progress.stepStarted(step.id);
        ServiceCollector collector = collectors.byName(step.service);
        CallRecorder recorder = new CallRecorder();
        Instant capturedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StepOutcome outcome;
        try {
            collector.collect(session, recorder);
            outcome = normalizeAndWrite(step, session, collector, recorder, capturedAt);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Tenant %s: collection step %s/%s/%s failed.", step.tenantId, step.accountId, step.region,
                    step.service);
            List<RecordedCall> calls = recorder.responses().calls();
            outcome = new StepOutcome(true, "the step stopped: " + e.getMessage(), calls.size(),
                    (int) calls.stream().filter(RecordedCall::failed).count(), 0, 0, 0, 0, 0);
        }
        progress.stepRan(step.id, outcome, recorder.callCount() == 0 ? null : recorder.zip());
    }

    private StepOutcome normalizeAndWrite(CollectionRunStep step, AwsSession session, ServiceCollector collector,
            CallRecorder recorder, Instant capturedAt) {
        List<RecordedCall> calls = recorder.responses().calls();
        NormalizedRecording recording = normalizer.normalize(recorder.responses(),
                new RecordingContext(step.accountId, session.region().id(), capturedAt));
        List<RecordedCall> errors = errors(calls, recording);
        StepWriter.Written written = writer.write(step.tenantId, step.accountId,
                collector.global() ? null : step.region, collector.resourceTypes(), recording, errors.isEmpty());
        String error = errors.isEmpty()
                ? null
                : errors.stream().map(StepRunner::describe).collect(Collectors.joining("\n"));
        int failedCalls = (int) calls.stream().filter(RecordedCall::failed).count();
        return new StepOutcome(!errors.isEmpty(), error, calls.size(), failedCalls, recording.items().size(),
                written.summary().stored(), written.summary().unchanged(), written.summary().stale(),
                written.deleted());
    }

    /** Failed calls that left a gap, or that the normalizer does not read (a failed list of names, say). */
    private static List<RecordedCall> errors(List<RecordedCall> calls, NormalizedRecording recording) {
        Set<String> gaps = recording.gaps().stream().map(StepRunner::callName).collect(Collectors.toSet());
        Set<String> unread = recording.skipped().stream().map(s -> s.service() + "." + s.operation())
                .collect(Collectors.toSet());
        return calls.stream().filter(RecordedCall::failed)
                .filter(call -> gaps.contains(call.toString()) || unread.contains(call.name())).toList();
    }

    private static String callName(CollectionGap gap) {
        return gap.service() + "." + gap.operation() + "_" + gap.sequence();
    }

    /** "s3.GetBucketEncryption_2: 403 AccessDenied: User ... is not authorized ...". */
    static String describe(RecordedCall call) {
        return call + ": " + call.statusCode() + " " + call.errorCode()
                + (call.errorMessage() == null ? "" : ": " + call.errorMessage());
    }
}
