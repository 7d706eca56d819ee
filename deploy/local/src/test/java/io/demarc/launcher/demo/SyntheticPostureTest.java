package io.demarc.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SyntheticPostureTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final SyntheticPosture.Figures ISO = new SyntheticPosture.Figures("iso27001-2022", 92, 20, 30, 10, 1, 11,
            20);
    static final SyntheticPosture.Figures CIS = new SyntheticPosture.Figures("cis-aws-3.0", 62, 0, 12, 8, 0, 2, 40);

    @Test
    void ninetyDaysUpToTodayHaveOneSnapshotPerFrameworkAndTodaysIsTheRealPosture() {
        List<SyntheticPosture.Snapshot> history = SyntheticPosture.history(List.of(ISO, CIS), TODAY, 90);

        assertThat(history).hasSize(180);
        assertThat(history.get(0).day()).isEqualTo(TODAY.minusDays(89));
        assertThat(history).noneMatch(s -> s.day().isAfter(TODAY));
        assertThat(history.stream().map(SyntheticPosture.Snapshot::day).distinct()).hasSize(90);
        assertThat(history.subList(178, 180)).extracting(SyntheticPosture.Snapshot::day).containsOnly(TODAY);
        assertThat(history.subList(178, 180)).extracting(SyntheticPosture.Snapshot::figures).containsExactly(ISO,
                CIS);
    }

    @Test
    void figuresAddUpToTheTotalEveryDay() {
        for (SyntheticPosture.Snapshot snapshot : SyntheticPosture.history(List.of(ISO, CIS), TODAY, 90)) {
            SyntheticPosture.Figures f = snapshot.figures();
            assertThat(f.inherited() + f.passing() + f.failing() + f.attested() + f.unattested() + f.notAssessed())
                    .as(snapshot.toString()).isEqualTo(f.total());
            assertThat(f.passing()).isNotNegative();
        }
    }

    @Test
    void postureImprovesInWeeklyStepsTowardsToday() {
        List<BigDecimal> scores = SyntheticPosture.history(List.of(ISO), TODAY, 90).stream()
                .map(s -> s.figures().score()).toList();

        for (int i = 1; i < scores.size(); i++) {
            assertThat(scores.get(i)).isGreaterThanOrEqualTo(scores.get(i - 1));
        }
        assertThat(scores.get(0)).isLessThan(scores.get(scores.size() - 1));
        assertThat(scores.stream().distinct().count()).as("a step a week").isBetween(10L, 14L);
        // Half of today's 30 passing requirements failed at the start; the attestation is today's.
        SyntheticPosture.Figures oldest = SyntheticPosture.daysAgo(ISO, 89, 90);
        assertThat(oldest.passing()).isEqualTo(15);
        assertThat(oldest.failing()).isEqualTo(25);
        assertThat(oldest.attested()).isZero();
        assertThat(oldest.unattested()).isEqualTo(12);
    }

    @Test
    void scoreIsReportingsFormulaWithOneDecimal() {
        assertThat(ISO.score()).isEqualByComparingTo("55.4"); // 100 * (20 + 30 + 1) / 92 = 55.43
        assertThat(new SyntheticPosture.Figures("empty", 0, 0, 0, 0, 0, 0, 0).score()).isEqualByComparingTo("0");
    }
}
