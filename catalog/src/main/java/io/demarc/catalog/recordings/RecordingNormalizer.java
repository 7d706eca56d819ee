package io.demarc.catalog.recordings;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.demarc.contracts.ConfigurationItem;

/**
 * Turns recorded AWS API responses into configuration items in AWS Config's shape (its resource types, its camelCase
 * field names, S3 details as supplementary configuration), so the same controls read items from AWS Config and from
 * recordings. Account-level facts become one item per account ({@link AccountFactTypes}). Failed calls become
 * {@link CollectionGap}s, except errors that are themselves the answer (404 {@code NoSuchEntity} on the password
 * policy means "no password policy"). Shared by live collection, imports and the CLI; thread-safe.
 */
public final class RecordingNormalizer {

    private static final Pattern MUTATION = Pattern.compile("(Create|Delete|Put|Update|Modify|Enable|Disable"
            + "|Authorize|Revoke|Attach|Detach|Tag|Untag|Set|Add|Remove|Start|Stop|Subscribe|Unsubscribe|Send"
            + "|Receive|Reset|Restore|Associate|Disassociate|Generate|Upload|Register|Deregister|Run|Terminate"
            + "|Reboot|Copy|Import|Change|Accept|Reject|Cancel|Apply|Publish|Invoke)[A-Z].*");

    private final List<ServiceMapper> mappers = List.of(new S3Mapper(), new Ec2Mapper(), new IamMapper(),
            new CloudTrailMapper(), new KmsMapper(), new MonitoringMapper(), new RdsMapper(), new LambdaMapper(),
            new EksMapper(), new DetectionMapper(), new TaggingMapper());
    private final Clock clock;

    public RecordingNormalizer() {
        this(Clock.systemUTC());
    }

    public RecordingNormalizer(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws InvalidRecordingException when the account or region of a resource is neither in the recording nor in
     *         the context
     */
    public NormalizedRecording normalize(RecordedResponses recording, RecordingContext context) {
        ItemSink sink = new ItemSink();
        Set<String> reads = new HashSet<>();
        for (ServiceMapper mapper : mappers) {
            mapper.map(recording, sink);
            reads.addAll(mapper.reads());
        }
        List<CollectionGap> gaps = new ArrayList<>(sink.gaps());
        Map<String, SkippedOperation> skipped = new LinkedHashMap<>();
        for (RecordedCall call : recording.calls()) {
            if (!reads.contains(call.name())) {
                String reason = MUTATION.matcher(call.operation()).matches()
                        ? "changes the account; not a read"
                        : "a read this normalizer does not model";
                skipped.merge(call.name(), new SkippedOperation(call.endpoint(), call.operation(), 1, reason),
                        (a, b) -> new SkippedOperation(a.service(), a.operation(), a.calls() + 1, a.reason()));
            } else if (call.failed() && !sink.explained(call)) {
                gaps.add(CollectionGap.of(call, null));
            }
        }
        Instant captureTime = captureTime(recording, context);
        List<ConfigurationItem> items = sink.items(context, recording, captureTime);
        return new NormalizedRecording(items, gaps, new ArrayList<>(skipped.values()));
    }

    /**
     * The context's time; else the latest time AWS answered (recorded HTTP dates), else the latest time a file was
     * written, else now: the same recording always gets the same time, so importing it again changes nothing. Never
     * in the future.
     */
    private Instant captureTime(RecordedResponses recording, RecordingContext context) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant time = context.capturedAt() != null
                ? context.capturedAt()
                : latest(recording, RecordedCall::answeredAt)
                        .or(() -> latest(recording, RecordedCall::writtenAt)).orElse(now);
        return (time.isAfter(now) ? now : time).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Optional<Instant> latest(RecordedResponses recording, Function<RecordedCall, Instant> time) {
        return recording.calls().stream().map(time).filter(Objects::nonNull).max(Instant::compareTo);
    }
}
