package io.demarc.reporting.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import io.demarc.reporting.model.FindingTransition;
import io.demarc.reporting.repository.TrendRepository;
import io.demarc.reporting.rest.TrendReport;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** Findings opened and closed per day, mean time to remediate and the daily posture snapshots of a period. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrendService {

    /** The longest period one request may ask for. */
    public static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    @Inject
    TrendRepository repository;

    @Inject
    Clock clock;

    /** {@code from} and {@code to} are ISO dates (UTC days, both inclusive); missing ones default to the last 30 days. */
    public TrendReport trends(String tenantId, String fromText, String toText) {
        LocalDate to = toText == null || toText.isBlank() ? LocalDate.now(clock) : date("to", toText);
        LocalDate from = fromText == null || fromText.isBlank()
                ? to.minusDays(DEFAULT_DAYS - 1)
                : date("from", fromText);
        if (from.isAfter(to)) {
            throw badRequest("from (" + from + ") must not be after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw badRequest("the period may span at most " + MAX_DAYS + " days");
        }
        Map<LocalDate, long[]> counts = new HashMap<>();
        for (TrendRepository.DayCount count : repository.transitionsPerDay(tenantId, from, to)) {
            long[] day = counts.computeIfAbsent(count.day(), d -> new long[3]);
            if (FindingTransition.Kind.OPENED.name().equals(count.kind())) {
                day[0] += count.count();
            } else {
                day[1] += count.count();
                day[2] += count.remediated() ? count.count() : 0;
            }
        }
        List<TrendReport.Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long[] c = counts.getOrDefault(day, new long[3]);
            days.add(new TrendReport.Day(day, c[0], c[1], c[2]));
        }
        Object[] remediation = repository.remediation(tenantId, from, to);
        long remediated = ((Number) remediation[0]).longValue();
        Double meanHours = remediation[1] == null
                ? null
                : Math.round(((Number) remediation[1]).doubleValue() / 36.0) / 100.0;
        List<TrendReport.Snapshot> posture = repository.snapshots(tenantId, from, to).stream()
                .map(s -> new TrendReport.Snapshot(s.day, s.framework, s.score.doubleValue(), s.passing, s.failing,
                        s.attested, s.unattested, s.notAssessed))
                .toList();
        return new TrendReport(tenantId, from, to, days, remediated, meanHours, posture);
    }

    private static LocalDate date(String parameter, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw badRequest(parameter + " must be a date like 2025-06-01");
        }
    }

    private static HttpProblem badRequest(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(detail).build();
    }
}
