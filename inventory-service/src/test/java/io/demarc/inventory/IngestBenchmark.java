package io.demarc.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.contracts.Topics;
import io.demarc.inventory.api.ImportSummary;
import io.demarc.inventory.service.ImportService;
import io.demarc.testing.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Imports 100,000 AWS Config items from snapshot files into PostgreSQL and, through the outbox relay, onto a real Kafka
 * broker (in the JVM), and prints items per second. Run: {@code ./mvnw -pl inventory-service -Pbench test}. A
 * benchmark, not a test: it asserts completeness, never speed.
 */
@QuarkusTest
@TestProfile(IngestBenchmark.RealKafka.class)
@Tag("benchmark")
class IngestBenchmark {

    static final int ITEMS = 100_000;
    static final int PER_FILE = 5_000;
    static final int IMPORTERS = 2;

    /** PostgreSQL, the OIDC stub and an in-JVM broker; none of the in-memory channels the other tests use. */
    public static class RealKafka implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class),
                    new TestResourceEntry(OidcWiremockTestResource.class),
                    new TestResourceEntry(InVmKafkaResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // Statistics (on for the other tests) would be counted in the benchmark's CPU time.
            return Map.of("demarc.outbox.interval", "200ms", "quarkus.hibernate-orm.statistics", "false");
        }
    }

    @Inject
    ImportService imports;

    @Inject
    InventoryProbe probe;

    @Test
    void importsOneHundredThousandItemsFromFilesIntoPostgresAndKafka() throws IOException {
        String tenant = ConfigItems.newTenant();
        List<Path> files = writeSnapshotFiles(Files.createTempDirectory("ingest-benchmark"));
        warmUp();

        double jvmCpu = CpuClock.jvmSeconds();
        double postgresCpu = CpuClock.postgresSeconds(postgresPort());
        long start = System.nanoTime();
        int stored = importConcurrently(tenant, files);
        long imported = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> probe.pendingEvents(tenant) == 0);
        long published = System.nanoTime();
        jvmCpu = CpuClock.jvmSeconds() - jvmCpu;
        postgresCpu = CpuClock.postgresSeconds(postgresPort()) - postgresCpu;
        double cpu = jvmCpu + postgresCpu;

        System.out.printf(
                "%nIngest benchmark: %,d items from %d files, %d importers: into PostgreSQL %,.0f items/s (%.1f s);"
                        + " stored and published to Kafka %,.0f items/s (%.1f s)%n%n",
                ITEMS, files.size(), IMPORTERS,
                ITEMS / seconds(start, imported), seconds(start, imported), ITEMS / seconds(start, published),
                seconds(start, published));
        // Two cores give at most two CPU seconds per second: the rate this code reaches on an otherwise idle machine.
        System.out.printf(
                "Ingest benchmark: %.1f CPU s (JVM with service and broker %.1f s, PostgreSQL %.1f s): %,.0f items"
                        + " per CPU second, at most %,.0f items/s on 2 idle cores; load average %.1f%n%n",
                cpu, jvmCpu,
                postgresCpu, ITEMS / cpu, 2 * ITEMS / cpu,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(stored).isEqualTo(ITEMS);
        assertThat(probe.resourceCount(tenant)).isEqualTo(ITEMS);
        assertThat(recordsOnTopic(tenant, ITEMS)).isGreaterThanOrEqualTo(ITEMS);
    }

    /**
     * Imports the files from {@value #IMPORTERS} threads, as a client uploading files side by side would: one parses
     * while the other writes (writes of one tenant take turns on the tenant's lock).
     */
    private int importConcurrently(String tenant, List<Path> files) {
        ExecutorService pool = Executors.newFixedThreadPool(IMPORTERS);
        try {
            List<Future<ImportSummary>> summaries = new ArrayList<>();
            for (Path file : files) {
                summaries.add(pool.submit(() -> imports.importItems(tenant, Files.readAllBytes(file))));
            }
            int stored = 0;
            for (Future<ImportSummary> summary : summaries) {
                stored += summary.get().stored();
            }
            return stored;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an import failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same path on a small import first, so the JIT and the connection pool are warm. */
    private void warmUp() throws IOException {
        String tenant = ConfigItems.newTenant();
        imports.importItems(tenant, snapshot(0, 2_000, "warm-up"));
        await().atMost(Duration.ofMinutes(1)).until(() -> probe.pendingEvents(tenant) == 0);
    }

    /** Snapshot files of the RDK security group, each item a distinct group. */
    private static List<Path> writeSnapshotFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int from = 0; from < ITEMS; from += PER_FILE) {
            Path file = dir.resolve("snapshot-" + from + ".json");
            Files.write(file, snapshot(from, PER_FILE, "bench"));
            files.add(file);
        }
        return files;
    }

    private static byte[] snapshot(int from, int count, String prefix) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode template = ConfigItems.securityGroup();
        ArrayNode items = json.createArrayNode();
        for (int i = from; i < from + count; i++) {
            String id = "sg-" + prefix + "-" + i;
            ObjectNode item = template.deepCopy().put("resourceId", id)
                    .put("arn", "arn:aws:ec2:us-east-1:" + ConfigItems.SG_ACCOUNT + ":security-group/" + id);
            ((ObjectNode) item.get("configuration")).put("groupId", id);
            items.add(item);
        }
        ObjectNode snapshot = json.createObjectNode().put("fileVersion", "1.0");
        snapshot.set("configurationItems", items);
        return json.writeValueAsBytes(snapshot);
    }

    /** Counts the tenant's records on the resources topic from its start, until {@code expected} or a minute. */
    private static long recordsOnTopic(String tenant, long expected) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        long count = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            // Partitions assigned by hand: no consumer group, so no coordinator to wait for.
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.INVENTORY_RESOURCES).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (count < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key().startsWith(tenant + "/")) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static int postgresPort() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return URI.create(url.substring("jdbc:".length())).getPort();
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
