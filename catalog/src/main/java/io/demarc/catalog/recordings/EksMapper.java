package io.demarc.catalog.recordings;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * EKS clusters from {@code DescribeCluster}, in the CloudFormation shape AWS Config records them in
 * ({@code ResourcesVpcConfig}, {@code EncryptionConfig}, {@code Logging.ClusterLogging.EnabledTypes[].Type}).
 */
final class EksMapper implements ServiceMapper {

    static final String CLUSTER = "AWS::EKS::Cluster";

    @Override
    public Set<String> reads() {
        return Set.of("eks.DescribeCluster");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        for (RecordedCall call : recording.calls("eks", "DescribeCluster")) {
            JsonNode cluster = call.data().path("cluster");
            if (!cluster.isObject()) {
                continue;
            }
            String name = cluster.path("name").asText();
            ItemSink.Draft draft = sink.latest(CLUSTER, name).orElseGet(() -> sink.draft(CLUSTER, name, 1)).name(name)
                    .arn(cluster.path("arn").asText(null)).tags(cluster.path("tags"));
            ObjectNode configuration = (ObjectNode) ConfigNames.pascalCopy(cluster);
            configuration.remove("Tags");
            configuration.set("Logging", logging(cluster.path("logging")));
            draft.configuration.setAll(configuration);
        }
    }

    /** The API lists {@code {types, enabled}} groups; AWS Config lists the enabled types. */
    private static JsonNode logging(JsonNode logging) {
        ObjectNode result = ConfigNames.JSON.createObjectNode();
        ArrayNode enabled = result.putObject("ClusterLogging").putArray("EnabledTypes");
        for (JsonNode group : logging.path("clusterLogging")) {
            if (group.path("enabled").asBoolean()) {
                group.path("types").forEach(type -> enabled.addObject().set("Type", type));
            }
        }
        return result;
    }
}
