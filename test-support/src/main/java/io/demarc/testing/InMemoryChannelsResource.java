package io.demarc.testing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * Switches a service's Kafka channels to the in-memory connector, so its messaging is tested without a broker. Name
 * the channels with the init args {@code incoming} and {@code outgoing} (comma-separated).
 */
public class InMemoryChannelsResource implements QuarkusTestResourceLifecycleManager {

    private String[] incoming = {};
    private String[] outgoing = {};

    @Override
    public void init(Map<String, String> initArgs) {
        incoming = split(initArgs.get("incoming"));
        outgoing = split(initArgs.get("outgoing"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(incoming));
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(outgoing));
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }

    private static String[] split(String names) {
        return names == null || names.isBlank()
                ? new String[0]
                : Arrays.stream(names.split(",")).map(String::trim).toArray(String[]::new);
    }
}
