package io.demarc.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

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

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        run(engine, control, item, 50_000); // warm-up
        int evaluations = 100_000;
        long started = threads.getCurrentThreadCpuTime();
        run(engine, control, item, evaluations);
        double perSecond = evaluations / ((threads.getCurrentThreadCpuTime() - started) / 1e9);

        long preparedStarted = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 20_000; i++) {
            engine.evaluate(PreparedItem.of(item));
        }
        double itemsPerSecond = 20_000 / ((threads.getCurrentThreadCpuTime() - preparedStarted) / 1e9);

        System.out.printf("ec2-sg-ssh-open-world (evidence on every verdict): %.0f evaluations/s; %.0f items/s through"
                + " every security-group control including conversion and hash (CPU time)%n",
                perSecond, itemsPerSecond);
    }

    /**
     * Side by side in one run, over one real AWS Config item of every type the catalog covers: parsing each item's
     * JSON into a configuration item, and preparing it (CEL values) plus evaluating every applicable control (evidence
     * only for failures, as the offline assessment runs). Also the evaluations per second over that mix. The item's
     * SHA-256 is given, as when the caller hashed the item already (inventory hashes every item at ingest); hashing it
     * here is timed apart and printed as the ratio with the hash. Both sides are timed in this thread's CPU time, so
     * that other processes on a shared machine slow the run down without skewing the figures; wall time is printed
     * beside it.
     */
    @Test
    void everyControlOfAnItemAgainstParsingIt() throws Exception {
        var library = io.demarc.catalog.controls.ControlLibrary.load();
        CelRuleEngine engine = new CelRuleEngine(library, java.time.Clock.systemUTC(), ObservedEvidence.ON_FAILURE);
        var mapper = io.demarc.contracts.EventCodec.mapper();
        java.util.List<String> texts = new java.util.ArrayList<>();
        java.util.Set<String> types = new java.util.TreeSet<>();
        library.controls().stream().filter(c -> !c.accountScoped()).forEach(c -> types.addAll(c.resourceTypes()));
        for (String type : types) {
            try {
                SharedData.itemsOfType(type).stream().findFirst()
                        .ifPresent(found -> texts.add(write(mapper, found.item())));
            } catch (RuntimeException e) {
                // A shared-data file of this type the test reader cannot take: measure the other types.
            }
        }
        // Only texts the codec reads back: the benchmark times parsing, not error paths.
        texts.removeIf(text -> {
            try {
                mapper.readValue(text, ConfigurationItem.class);
                return false;
            } catch (Exception e) {
                return true;
            }
        });
        if (texts.isEmpty()) {
            throw new IllegalStateException("no item to measure");
        }
        ConfigurationItem[] items = new ConfigurationItem[texts.size()];
        String[] hashes = new String[texts.size()];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 8; round++) {
            long parseNanos = 0;
            long hashNanos = 0;
            long evaluateNanos = 0;
            long evaluations = 0;
            long wallStarted = System.nanoTime();
            for (int i = 0; i < 2_000; i++) {
                long t0 = threads.getCurrentThreadCpuTime();
                for (int k = 0; k < items.length; k++) {
                    items[k] = mapper.readValue(texts.get(k), ConfigurationItem.class);
                }
                long t1 = threads.getCurrentThreadCpuTime();
                for (int k = 0; k < items.length; k++) {
                    // As PreparedItem hashes when no hash is given (the same digest as ConfigurationItemHash's).
                    hashes[k] = CanonicalJson.sha256(ItemTree.of(items[k]));
                }
                long t2 = threads.getCurrentThreadCpuTime();
                for (int k = 0; k < items.length; k++) {
                    evaluations += engine.evaluate(PreparedItem.of(items[k], hashes[k])).size();
                }
                parseNanos += t1 - t0;
                hashNanos += t2 - t1;
                evaluateNanos += threads.getCurrentThreadCpuTime() - t2;
            }
            double perItem = 2_000.0 * items.length;
            System.out.printf("%d item types, %d evaluations: parse %.1f us/item, prepare+evaluate all controls %.1f"
                    + " us/item (%.2fx parse), %.0f evaluations/s of CPU time; hash %.1f us/item (with it %.2fx parse,"
                    + " %.0f evaluations/s) (wall %.0f ms)%n", items.length, evaluations, parseNanos / 1e3 / perItem,
                    evaluateNanos / 1e3 / perItem, (double) evaluateNanos / parseNanos,
                    evaluations / (evaluateNanos / 1e9), hashNanos / 1e3 / perItem,
                    (double) (evaluateNanos + hashNanos) / parseNanos,
                    evaluations / ((evaluateNanos + hashNanos) / 1e9), (System.nanoTime() - wallStarted) / 1e6);
        }
    }

    private static String write(com.fasterxml.jackson.databind.ObjectMapper mapper, ConfigurationItem item) {
        try {
            return mapper.writeValueAsString(item);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
