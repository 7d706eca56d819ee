package io.demarc.launcher.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * SYNTHETIC DEMO HISTORY. Invents a tenant's daily posture snapshots for the days before the demo data existed, so
 * the trend charts of a fresh local stack have something to show. Nothing here was measured: the series ends at the
 * posture reporting computes today and walks backwards in weekly steps to a worse start, where a share of today's
 * passing requirements were still failing and today's attestations were still missing. Used only by the local
 * launcher's demo loading, never by a service.
 */
public final class SyntheticPosture {

    /** Share of today's passing requirements that were failing at the start of the period. */
    static final double START_FAILING_SHARE = 0.5;
    static final int STEP_DAYS = 7;

    /** One framework's figures, as reporting's posture and posture_snapshot hold them. */
    public record Figures(String framework, int total, int inherited, int passing, int failing, int attested,
            int unattested, int notAssessed) {

        /** {@code 100 × (inherited + passing + attested) / total}, one decimal, like reporting's score. */
        public BigDecimal score() {
            if (total == 0) {
                return BigDecimal.ZERO.setScale(1);
            }
            return BigDecimal.valueOf(100L * (inherited + passing + attested))
                    .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        }
    }

    public record Snapshot(LocalDate day, Figures figures) {
    }

    private SyntheticPosture() {
    }

    /**
     * {@code days} days up to and including {@code todayDate}, oldest first, each framework's figures of that day:
     * today's as given, the {@code days - 1} before invented.
     */
    public static List<Snapshot> history(List<Figures> today, LocalDate todayDate, int days) {
        List<Snapshot> history = new ArrayList<>();
        for (int ago = days - 1; ago >= 0; ago--) {
            for (Figures current : today) {
                history.add(new Snapshot(todayDate.minusDays(ago), ago == 0 ? current : daysAgo(current, ago, days)));
            }
        }
        return history;
    }

    /** The figures {@code ago} days back (1..period - 1): worse the further back, in weekly steps. */
    static Figures daysAgo(Figures current, int ago, int period) {
        double progressMissing = Math.min(1.0, Math.ceil((double) ago / STEP_DAYS) * STEP_DAYS / period);
        int stillFailing = (int) Math.round(current.passing() * START_FAILING_SHARE * progressMissing);
        // The demo's attestations are recorded today: before, those requirements were unattested.
        return new Figures(current.framework(), current.total(), current.inherited(),
                current.passing() - stillFailing, current.failing() + stillFailing, 0,
                current.unattested() + current.attested(), current.notAssessed());
    }
}
