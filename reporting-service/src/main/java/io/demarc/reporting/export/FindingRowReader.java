package io.demarc.reporting.export;

import static io.demarc.reporting.export.SqlValues.instant;
import static io.demarc.reporting.export.SqlValues.number;
import static io.demarc.reporting.export.SqlValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads the finding read model in key order, one batch per short transaction, so an export of 100,000 findings never
 * holds them all in memory nor keeps a transaction open while the client downloads.
 */
@ApplicationScoped
public class FindingRowReader {

    static final int BATCH = 5_000;

    private static final String ROW_COLUMNS = "id, finding_id, control_id, control_title, severity, status,"
            + " account_id, aws_region, resource_type, resource_id, arn, evaluated_at, first_seen_at,"
            + " status_changed_at, domain, owner_team_id, owner_name, unowned, exception_id, exception_expires_at,"
            + " remediation, item_hash, item_capture_time, framework_refs::text";
    private static final TypeReference<Map<String, List<String>>> REFERENCES = new TypeReference<>() {
    };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Hands every finding in scope to {@code sink}, in batches, ordered by the read model's key. */
    public void forEachRow(FindingScope scope, Consumer<List<FindingRow>> sink) {
        forEach(scope, ROW_COLUMNS, this::row, sink);
    }

    /** Hands every finding in scope with its configuration evidence to {@code sink}, in batches. */
    public void forEachEvidence(FindingScope scope, Consumer<List<FindingEvidence>> sink) {
        forEach(scope, ROW_COLUMNS + ", evidence::text", c -> FindingEvidence.of(row(c), text(c[24])), sink);
    }

    /** Every finding in scope at once: for the formats whose library builds the whole document in memory. */
    public List<FindingRow> rows(FindingScope scope) {
        List<FindingRow> all = new ArrayList<>();
        forEachRow(scope, all::addAll);
        return all;
    }

    private <T> void forEach(FindingScope scope, String columns, Function<Object[], T> mapper,
            Consumer<List<T>> sink) {
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> batch = QuarkusTransaction.requiringNew().call(() -> query(scope, columns, from));
            if (batch.isEmpty()) {
                return;
            }
            sink.accept(batch.stream().map(mapper).toList());
            after = number(batch.get(batch.size() - 1)[0]);
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(FindingScope scope, String columns, long after) {
        StringBuilder sql = new StringBuilder("select ").append(columns)
                .append(" from finding where tenant_id = :tenant and id > :after");
        if (scope.frameworkKey() != null) {
            sql.append(scope.controlIds().isEmpty() ? " and (" : " and (control_id in (:controls) or ");
            sql.append("jsonb_exists(framework_refs, :framework))");
        }
        if (scope.firstSeenBefore() != null) {
            sql.append(" and first_seen_at < :before");
        }
        sql.append(" order by id limit ").append(BATCH);
        Query query = em.createNativeQuery(sql.toString()).setParameter("tenant", scope.tenantId())
                .setParameter("after", after);
        if (scope.frameworkKey() != null) {
            query.setParameter("framework", scope.frameworkKey());
            if (!scope.controlIds().isEmpty()) {
                query.setParameter("controls", scope.controlIds());
            }
        }
        if (scope.firstSeenBefore() != null) {
            query.setParameter("before", scope.firstSeenBefore());
        }
        return query.getResultList();
    }

    private FindingRow row(Object[] c) {
        return new FindingRow(number(c[0]), text(c[1]), text(c[2]), text(c[3]), text(c[4]), text(c[5]), text(c[6]),
                text(c[7]), text(c[8]), text(c[9]), text(c[10]), instant(c[11]), instant(c[12]), instant(c[13]),
                text(c[14]), text(c[15]), text(c[16]), Boolean.TRUE.equals(c[17]), text(c[18]), instant(c[19]),
                text(c[20]), text(c[21]), instant(c[22]), references(text(c[23])));
    }

    private Map<String, List<String>> references(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, REFERENCES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("framework_refs of a finding is not a map of lists", e);
        }
    }
}
