package io.demarc.reporting.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Severity;
import io.demarc.reporting.model.Finding;
import io.demarc.reporting.repository.WorkQueueRepository;
import io.demarc.reporting.repository.WorkQueueRepository.Position;
import io.demarc.reporting.rest.WorkItem;
import io.demarc.reporting.rest.WorkQueueSummary;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** Work queues: each team's open failures, and the unowned ones, most severe and oldest first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkQueueQueries {

    @Inject
    WorkQueueRepository repository;

    /** Every non-empty queue: the unowned one first, then teams by name. */
    public List<WorkQueueSummary> queues(String tenantId) {
        Map<String, Tally> byOwner = new LinkedHashMap<>();
        for (Object[] row : repository.summary(tenantId)) {
            String owner = row[0] == null ? WorkQueueSummary.UNOWNED : (String) row[0];
            byOwner.computeIfAbsent(owner, id -> new Tally()).add((String) row[1], (Severity) row[2],
                    ((Number) row[3]).longValue(), (Instant) row[4]);
        }
        List<WorkQueueSummary> queues = new ArrayList<>();
        byOwner.forEach((owner, tally) -> queues.add(new WorkQueueSummary(owner,
                owner.equals(WorkQueueSummary.UNOWNED) ? null : tally.name, tally.open, tally.bySeverity,
                tally.oldest)));
        queues.sort(Comparator.comparing((WorkQueueSummary q) -> !q.teamId().equals(WorkQueueSummary.UNOWNED))
                .thenComparing(q -> q.teamName() == null ? q.teamId() : q.teamName())
                .thenComparing(WorkQueueSummary::teamId));
        return queues;
    }

    /** One page of a queue; {@code teamId} {@value WorkQueueSummary#UNOWNED} is the unowned queue. */
    public CursorPage<WorkItem> queue(String tenantId, String teamId, CursorRequest request) {
        String owner = WorkQueueSummary.UNOWNED.equals(teamId) ? null : teamId;
        List<Finding> rows = repository.page(tenantId, owner, position(request.after()), request.fetchSize());
        return CursorPage.of(rows, request, WorkQueueQueries::cursorKey, WorkQueueQueries::item);
    }

    private static String cursorKey(Finding finding) {
        return finding.severityRank + "|" + finding.failingSince + "|" + finding.findingId;
    }

    /** @throws HttpProblem 400 when the cursor was not made by {@link #cursorKey} */
    private static Position position(String key) {
        if (key == null) {
            return null;
        }
        String[] parts = key.split("\\|", 3);
        try {
            if (parts.length == 3) {
                return new Position(Short.parseShort(parts[0]), Instant.parse(parts[1]), parts[2]);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // falls through to the 400 below
        }
        throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail("cursor is not one this API returned: pass nextCursor of the previous page unchanged")
                .build();
    }

    private static WorkItem item(Finding f) {
        return new WorkItem(f.findingId, f.controlId, f.controlTitle, f.severity, f.domain,
                new ResourceRef(f.accountId, f.awsRegion, f.resourceType, f.resourceId, f.arn), f.failingSince,
                f.remediation);
    }

    /** Sums one owner's rows of the summary query. */
    private static final class Tally {
        String name;
        long open;
        Instant oldest;
        final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);

        void add(String ownerName, Severity severity, long count, Instant oldestOfSeverity) {
            name = name == null ? ownerName : name;
            open += count;
            bySeverity.merge(severity, count, Long::sum);
            if (oldestOfSeverity != null && (oldest == null || oldestOfSeverity.isBefore(oldest))) {
                oldest = oldestOfSeverity;
            }
        }
    }
}
