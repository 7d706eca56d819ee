package io.demarc.catalog.assess;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.engine.ObservedEvidence;
import io.demarc.catalog.engine.PreparedAccount;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.ingest.ConfigurationItemOrder;
import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.catalog.recordings.InvalidRecordingException;
import io.demarc.catalog.recordings.RecordingContext;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/**
 * Assesses local files with the catalog's controls, as the service would: every item-scoped control on each resource,
 * then every account-scoped control on each account and region the data names. Stateless; thread-safe.
 */
public final class OfflineAssessment {

    /** The resource type of account-scoped findings, as AWS Config spells the account. */
    public static final String ACCOUNT_TYPE = "AWS::::Account";
    /** Items of global services (IAM) carry this region; it is no region of its own for account-scoped controls. */
    private static final String GLOBAL = "global";
    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.severity().ordinal(), Comparator.reverseOrder())
            .thenComparing(Finding::controlId).thenComparing(Finding::accountId).thenComparing(Finding::region)
            .thenComparing(Finding::resourceId);

    private final ControlLibrary library;
    private final CelRuleEngine engine;
    private final InputReader reader = new InputReader();

    public OfflineAssessment(ControlLibrary library) {
        this(library, Clock.systemUTC());
    }

    /** @param clock the evaluation date, for controls that follow a calendar */
    public OfflineAssessment(ControlLibrary library, Clock clock) {
        this.library = library;
        this.engine = new CelRuleEngine(library, clock, ObservedEvidence.ON_FAILURE);
    }

    /**
     * @throws UnreadableInputException naming the first input that cannot be read
     * @throws IllegalArgumentException for an account id or region of the wrong form
     */
    public AssessmentReport assess(AssessmentRequest request) {
        RecordingContext context = context(request);
        List<ConfigurationItem> all = new ArrayList<>();
        Set<String> observed = new HashSet<>();
        List<String> gaps = new ArrayList<>();
        for (Path input : request.inputs()) {
            InputReader.Input read = reader.read(input, context);
            read.items().forEach(item -> all.add(withDefaults(item, request)));
            observed.addAll(read.observedTypes());
            gaps.addAll(read.gaps());
        }
        List<ConfigurationItem> items = pick(all, request.state());

        List<Finding> findings = new ArrayList<>();
        List<FindingStatus> statuses = new ArrayList<>();
        Map<String, List<PreparedItem>> byAccount = new TreeMap<>();
        for (ConfigurationItem item : items) {
            PreparedItem prepared = PreparedItem.of(item);
            byAccount.computeIfAbsent(item.accountId(), account -> new ArrayList<>()).add(prepared);
            for (Evaluation evaluation : engine.evaluate(prepared)) {
                record(evaluation, item, request, statuses, findings);
            }
        }
        byAccount.forEach((accountId, accountItems) -> {
            for (String region : regions(accountItems, request)) {
                PreparedAccount account = new PreparedAccount(accountId, region, accountItems, observed);
                for (Evaluation evaluation : engine.evaluateAccount(account)) {
                    record(evaluation, accountResource(accountId, region), request, statuses, findings);
                }
            }
        });
        findings.sort(ORDER);
        return new AssessmentReport(library.version(), List.copyOf(findings),
                AssessmentSummary.of(items.size(), statuses, findings), List.copyOf(gaps));
    }

    private void record(Evaluation evaluation, ConfigurationItem resource, AssessmentRequest request,
            List<FindingStatus> statuses, List<Finding> findings) {
        Control control = library.find(evaluation.controlId()).orElseThrow();
        if (request.framework() != null && !control.references().containsKey(request.framework())) {
            return;
        }
        statuses.add(evaluation.status());
        if (evaluation.status() == FindingStatus.NOT_APPLICABLE) {
            return;
        }
        findings.add(new Finding(control.id(), evaluation.status(), control.severity(), resource.resourceType(),
                resource.resourceId(), resource.resourceName(), resource.arn(), resource.accountId(),
                resource.awsRegion(), control.references(),
                evaluation.status() == FindingStatus.ERROR ? evaluation.message() : null,
                evaluation.evidence() == null ? null : evaluation.evidence().observed()));
    }

    /** The regions account-scoped controls judge: those the account's items name, else the requested one. */
    private static Set<String> regions(List<PreparedItem> items, AssessmentRequest request) {
        Set<String> regions = new TreeSet<>();
        items.stream().map(item -> item.item().awsRegion())
                .filter(region -> region != null && !GLOBAL.equals(region)).forEach(regions::add);
        if (regions.isEmpty()) {
            regions.add(request.region() != null ? request.region() : GLOBAL);
        }
        return regions;
    }

    /** One state per resource: the newest or the oldest of those the inputs hold. */
    private static List<ConfigurationItem> pick(List<ConfigurationItem> items, RecordedState state) {
        Map<ResourceKey, ConfigurationItem> chosen = new LinkedHashMap<>();
        for (ConfigurationItem item : items) {
            chosen.merge(ResourceKey.of(item), item, (current, candidate) -> {
                int order = ConfigurationItemOrder.OLDEST_FIRST.compare(candidate, current);
                boolean candidateWins = state == RecordedState.LAST ? order >= 0 : order < 0;
                return candidateWins ? candidate : current;
            });
        }
        return new ArrayList<>(chosen.values());
    }

    private static ConfigurationItem withDefaults(ConfigurationItem item, AssessmentRequest request) {
        if (item.awsRegion() != null || request.region() == null) {
            return item;
        }
        return new ConfigurationItem(item.accountId(), request.region(), item.resourceType(), item.resourceId(),
                item.resourceName(), item.arn(), item.configurationItemCaptureTime(), item.configurationStateId(),
                item.configurationItemStatus(), item.tags(), item.configuration(), item.supplementaryConfiguration());
    }

    private static ConfigurationItem accountResource(String accountId, String region) {
        return new ConfigurationItem(accountId, region, ACCOUNT_TYPE, accountId, null, null, null, null, null, null,
                null, null);
    }

    private static RecordingContext context(AssessmentRequest request) {
        try {
            return RecordingContext.of(request.accountId(), request.region());
        } catch (InvalidRecordingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The controls this assessment would run, for listings. */
    public List<CompiledControl> controls() {
        return library.compiled();
    }
}
