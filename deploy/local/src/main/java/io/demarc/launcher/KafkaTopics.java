package io.demarc.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import io.demarc.contracts.Topics;

/** Creates Demarc's topics and their dead-letter companions, skipping those that exist. */
final class KafkaTopics {

    static final int PARTITIONS = 3;

    private KafkaTopics() {
    }

    /** Every topic the services exchange events on, each followed by its {@code .dlq}. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String topic : List.of(Topics.INVENTORY_ACCOUNTS, Topics.INVENTORY_RESOURCES,
                Topics.OWNERSHIP_ASSIGNMENTS, Topics.ASSESSMENT_FINDINGS)) {
            names.add(topic);
            names.add(Topics.deadLetter(topic));
        }
        return names;
    }

    static void ensureExist(Properties adminProperties) {
        try (Admin admin = Admin.create(adminProperties)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names()) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, PARTITIONS, (short) 1));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // Another client may have created one in between: that is the state we want anyway.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new LauncherException("Cannot create the Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while creating Kafka topics", e);
        }
    }
}
