package io.demarc.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Sends one message through an in-memory channel and waits until the consumer acknowledged or refused it. */
public final class InMemoryDelivery {

    /** How a sent message ended: acknowledged (applied or skipped) or refused ({@code failure} says why). */
    public record Outcome(boolean acked, Throwable failure) {

        public Status status() {
            return acked ? Status.ACKED : Status.NACKED;
        }
    }

    /** The outcome without the failure, for assertions that only care which way it went. */
    public enum Status {
        ACKED, NACKED
    }

    private InMemoryDelivery() {
    }

    public static Outcome deliver(InMemoryConnector connector, String channel, String payload) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        connector.source(channel).send(Message.of(payload)
                .withAck(() -> {
                    outcome.complete(new Outcome(true, null));
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    outcome.complete(new Outcome(false, failure));
                    return CompletableFuture.completedFuture(null);
                }));
        try {
            return outcome.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the message on " + channel + " was neither acked nor nacked in 20 s", e);
        }
    }
}
