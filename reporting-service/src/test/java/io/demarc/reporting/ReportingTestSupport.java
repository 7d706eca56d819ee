package io.demarc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.demarc.testing.InMemoryDelivery;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Delivery through the in-memory channels that reporting's test profile switches every Kafka channel to. */
final class ReportingTestSupport {

    /** The init arg naming the channels {@code InMemoryChannelsResource} switches; the same in every test class. */
    static final String CHANNELS = "findings,resources,accounts,ownership";

    private ReportingTestSupport() {
    }

    static void deliverAcked(InMemoryConnector connector, String channel, String payload) {
        assertThat(InMemoryDelivery.deliver(connector, channel, payload).status())
                .as("delivery on %s", channel).isEqualTo(InMemoryDelivery.Status.ACKED);
    }

    static InMemoryDelivery.Status deliver(InMemoryConnector connector, String channel, String payload) {
        return InMemoryDelivery.deliver(connector, channel, payload).status();
    }
}
