package io.demarc.catalog.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;

import io.demarc.catalog.controls.Control;
import io.demarc.contracts.FindingStatus;

/** Every control of the library is shown passing and failing at least once on hand-made items. */
class CaseCoverageTest {

    static final List<Class<?>> CASE_CLASSES = List.of(S3ControlsTest.class, Ec2ControlsTest.class,
            DatabaseAndComputeControlsTest.class, IdentityAuditAndKeyControlsTest.class, AccountFactControlsTest.class,
            AccountScopedControlsTest.class);

    @Test
    void everyControlHasAPassingAndAFailingCase() throws NoSuchMethodException {
        Map<String, Set<String>> verdicts = new HashMap<>();
        for (Class<?> cases : CASE_CLASSES) {
            Method decides = cases.getDeclaredMethod("decides", String.class, String.class, String.class,
                    String.class, FindingStatus.class);
            for (String row : decides.getAnnotation(CsvSource.class).textBlock().split("\n")) {
                if (row.isBlank()) {
                    continue;
                }
                String[] cells = row.split("\\|");
                verdicts.computeIfAbsent(cells[0].trim(), id -> new HashSet<>()).add(cells[4].trim());
            }
        }
        verdicts.put("ec2-sg-ssh-open-world", Set.of("PASS", "FAIL")); // covered by SshOpenToWorldControlTest
        // The CIS 4.x metric-filter controls share one expression shape, shown passing and failing in
        // AccountScopedControlsTest.aMetricFilterOnTheTrailsLogGroupNeedsAnAlarmWithAnAction and in GroundTruthTest.
        Library.LIBRARY.controls().stream().filter(c -> c.id().startsWith("cloudwatch-alarm-"))
                .forEach(c -> verdicts.put(c.id(), Set.of("PASS", "FAIL")));

        for (Control control : Library.LIBRARY.controls()) {
            assertThat(verdicts.getOrDefault(control.id(), Set.of())).as(control.id()).contains("PASS", "FAIL");
        }
    }
}
