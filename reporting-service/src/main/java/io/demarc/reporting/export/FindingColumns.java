package io.demarc.reporting.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of a findings table, shared by the CSV and the XLSX exports so both say the same thing. */
public final class FindingColumns {

    /** One column: its header and how a row's cell is written (text; empty for no value). */
    public record Column(String header, Function<FindingRow, String> value) {
    }

    public static final List<Column> ALL = List.of(
            new Column("finding_id", FindingRow::findingId),
            new Column("control_id", FindingRow::controlId),
            new Column("control_title", FindingRow::controlTitle),
            new Column("severity", FindingRow::severity),
            new Column("status", FindingRow::status),
            new Column("account_id", FindingRow::accountId),
            new Column("aws_region", FindingRow::awsRegion),
            new Column("resource_type", FindingRow::resourceType),
            new Column("resource_id", FindingRow::resourceId),
            new Column("arn", FindingRow::arn),
            new Column("evaluated_at", row -> time(row.evaluatedAt())),
            new Column("first_seen_at", row -> time(row.firstSeenAt())),
            new Column("status_changed_at", row -> time(row.statusChangedAt())),
            new Column("domain", FindingRow::domain),
            new Column("owner_team_id", FindingRow::ownerTeamId),
            new Column("owner_name", FindingRow::ownerName),
            new Column("unowned", row -> Boolean.toString(row.unowned())),
            new Column("exception_id", FindingRow::exceptionId),
            new Column("exception_expires_at", row -> time(row.exceptionExpiresAt())),
            new Column("remediation", FindingRow::remediation),
            new Column("item_hash", FindingRow::itemHash),
            new Column("item_capture_time", row -> time(row.itemCaptureTime())),
            new Column("references", row -> references(row.references())));

    private FindingColumns() {
    }

    public static List<String> headers() {
        return ALL.stream().map(Column::header).toList();
    }

    /** The row's cells in column order; null values become empty text. */
    public static List<String> cells(FindingRow row) {
        return ALL.stream().map(column -> {
            String value = column.value().apply(row);
            return value == null ? "" : value;
        }).toList();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** {@code cis-aws-3.0: 5.2 5.3; aws-fsbp: EC2.13}, frameworks sorted so the text is stable. */
    static String references(Map<String, List<String>> references) {
        if (references == null || references.isEmpty()) {
            return null;
        }
        return new TreeMap<>(references).entrySet().stream()
                .map(entry -> entry.getKey() + ": " + String.join(" ", entry.getValue()))
                .collect(Collectors.joining("; "));
    }
}
