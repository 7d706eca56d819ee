package io.demarc.ownership;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySource;

/** Sends a message through an in-memory channel and waits until the consumer acked or nacked it. */
final class Deliveries {

    enum Result {
        ACKED, NACKED
    }

    private Deliveries() {
    }

    static Result deliver(InMemoryConnector connector, String channel, String payload) {
        CompletableFuture<Result> result = new CompletableFuture<>();
        Message<String> message = Message.of(payload,
                () -> {
                    result.complete(Result.ACKED);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    result.complete(Result.NACKED);
                    return CompletableFuture.completedFuture(null);
                });
        InMemorySource<Message<String>> source = connector.source(channel);
        source.send(message);
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the message on " + channel + " was neither acked nor nacked in 10 s", e);
        }
    }
}
