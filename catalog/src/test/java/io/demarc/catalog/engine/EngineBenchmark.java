package io.demarc.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.testdata.SharedData;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/**
 * Benchmark, not a test: prints how fast the SSH control evaluates on the real RDK security group, converting the item
 * once and evaluating many times, as the service does per control. Excluded from the normal build; run it with
 * {@code ./mvnw -q -pl catalog -Pbench test} and record the figures in docs/benchmarks.md.
 */
@Tag("benchmark")
class EngineBenchmark {

    @Test
    void ruleEvaluationsPerSecond() {
        ConfigurationItem item = SharedData.itemsOfType("AWS::EC2::SecurityGroup").stream()
                .filter(found -> found.item().resourceId().equals("sg-1d56fc66")).findFirst().orElseThrow().item();
        CompiledControl control = SshOpenToWorldControlTest.CONTROL;
        CelRuleEngine engine = SshOpenToWorldControlTest.ENGINE;

        run(engine, control, item, 10_000); // warm-up
        int evaluations = 20_000;
        long started = System.nanoTime();
        run(engine, control, item, evaluations);
        double perSecond = evaluations / ((System.nanoTime() - started) / 1e9);

        long preparedStarted = System.nanoTime();
        for (int i = 0; i < 5_000; i++) {
            engine.evaluate(PreparedItem.of(item));
        }
        double itemsPerSecond = 5_000 / ((System.nanoTime() - preparedStarted) / 1e9);

        System.out.printf("ec2-sg-ssh-open-world: %.0f evaluations/s; %.0f items/s including conversion and hash%n",
                perSecond, itemsPerSecond);
    }

    private static void run(CelRuleEngine engine, CompiledControl control, ConfigurationItem item, int times) {
        PreparedItem prepared = PreparedItem.of(item);
        int failed = 0;
        for (int i = 0; i < times; i++) {
            if (engine.evaluate(control, prepared).status() == FindingStatus.FAIL) {
                failed++;
            }
        }
        assertThat(failed).isEqualTo(times);
    }
}
