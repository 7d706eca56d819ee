package io.demarc.reporting.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.demarc.reporting.repository.AccountActivityRepository;
import io.demarc.reporting.repository.AccountActivityRepository.AccountHealth;
import io.demarc.reporting.repository.ControlTallyRepository;
import io.demarc.reporting.repository.MatrixRepository;
import io.demarc.reporting.repository.TenantRepository;
import io.demarc.reporting.repository.TrendRepository;
import io.demarc.reporting.rest.FrameworkPosture;
import io.demarc.reporting.rest.TenantRollup;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;

/**
 * Every tenant's scores, unowned duties, failing critical and high findings, account health and a week-old score,
 * for the MSP operator, paged by tenant id. Everything is read from counters and small tables (per-control tallies,
 * matrix cells, accounts, daily snapshots), with one query per figure for the whole page, so a page costs the same
 * whatever the tenants' sizes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RollupService {

    /** The trend compares today's score with the latest snapshot at least this many days old ... */
    static final int TREND_DAYS = 7;
    /** ... and at most this many: an older one says little about the last week. */
    static final int TREND_WINDOW_DAYS = 14;

    @Inject
    TenantRepository tenants;

    @Inject
    PostureService posture;

    @Inject
    MatrixRepository matrix;

    @Inject
    ControlTallyRepository tallies;

    @Inject
    AccountActivityRepository accounts;

    @Inject
    TrendRepository trends;

    @Inject
    Clock clock;

    @ConfigProperty(name = "demarc.reporting.stale-after", defaultValue = "PT48H")
    Duration staleAfter;

    public CursorPage<TenantRollup> page(CursorRequest request) {
        List<String> ids = tenants.page(request.after(), request.fetchSize());
        Map<String, Map<String, Long>> failing = tallies.failingBySeverity(ids);
        Map<String, AccountHealth> health = accounts.health(ids, clock.instant().minus(staleAfter));
        LocalDate today = LocalDate.now(clock);
        Map<String, TrendRepository.Earlier> earlier = trends.earlierScores(ids, today.minusDays(TREND_WINDOW_DAYS),
                today.minusDays(TREND_DAYS));
        return CursorPage.of(ids, request, tenantId -> tenantId, tenantId -> rollup(tenantId,
                failing.getOrDefault(tenantId, Map.of()), health.getOrDefault(tenantId, AccountHealth.NONE),
                earlier.get(tenantId)));
    }

    private TenantRollup rollup(String tenantId, Map<String, Long> failing, AccountHealth health,
            TrendRepository.Earlier earlier) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (FrameworkPosture framework : posture.posture(tenantId, null).frameworks()) {
            scores.put(framework.framework(), framework.score());
        }
        return new TenantRollup(tenantId, scores, matrix.unownedDuties(tenantId), failing.getOrDefault("CRITICAL", 0L),
                failing.getOrDefault("HIGH", 0L), health.accounts(), health.failing(), health.stale(),
                earlier == null ? Map.of() : earlier.scores(), earlier == null ? null : earlier.day());
    }
}
