package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.Topics;

/** Strimzi KafkaTopics: one for every topic in {@link Topics} and one for its dead-letter topic. */
class KafkaTopicTest {

    private static final Manifests ALL = Chart.render(Chart.EVERYTHING_ON);

    @Test
    void everyContractTopicAndItsDeadLetterTopicHasAKafkaTopic() {
        List<String> expected = contractTopics().stream()
                .flatMap(topic -> List.of(topic, Topics.deadLetter(topic)).stream())
                .toList();

        List<String> rendered = ALL.ofKind("KafkaTopic").stream().map(t -> t.at("/spec/topicName").asText()).toList();

        assertThat(rendered).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void partitionsAndReplicasComeFromValues() {
        JsonNode topic = ALL.get("KafkaTopic", Topics.INVENTORY_RESOURCES);
        JsonNode deadLetter = ALL.get("KafkaTopic", Topics.deadLetter(Topics.INVENTORY_RESOURCES));

        assertThat(topic.at("/spec/partitions").asInt()).isEqualTo(12);
        assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("demarc");
        assertThat(topic.at("/metadata/namespace").asText()).isEqualTo("kafka");
        assertThat(deadLetter.at("/spec/partitions").asInt()).isEqualTo(2);
        assertThat(deadLetter.at("/spec/config/retention.ms").asLong()).isEqualTo(1_209_600_000L);
    }

    private static List<String> contractTopics() {
        return Arrays.stream(Topics.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(KafkaTopicTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
