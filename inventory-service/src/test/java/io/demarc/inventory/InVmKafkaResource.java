package io.demarc.inventory;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A one-node KRaft Kafka inside the test JVM, on a random port: for the benchmark that must cross a real broker. */
public class InVmKafkaResource implements QuarkusTestResourceLifecycleManager {

    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                    .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "2")
                    // One broker: the internal topics cannot have the default three replicas.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1").build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("the in-JVM Kafka broker did not start", e);
        }
        return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException("the in-JVM Kafka broker did not stop", e);
            }
        }
    }
}
