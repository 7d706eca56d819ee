package io.demarc.catalog.recordings;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** RDS instances and clusters; AWS Config identifies them by their resource id ({@code db-...}, {@code cluster-...}). */
final class RdsMapper implements ServiceMapper {

    @Override
    public Set<String> reads() {
        return Set.of("rds.DescribeDBInstances", "rds.DescribeDBClusters");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        read(recording.rounds("rds", "DescribeDBInstances"), "DBInstances", "AWS::RDS::DBInstance",
                "DBInstanceIdentifier", "DbiResourceId", "DBInstanceArn", sink);
        read(recording.rounds("rds", "DescribeDBClusters"), "DBClusters", "AWS::RDS::DBCluster",
                "DBClusterIdentifier", "DbClusterResourceId", "DBClusterArn", sink);
    }

    private static void read(List<List<RecordedCall>> rounds, String list, String type, String nameField,
            String idField, String arnField, ItemSink sink) {
        for (int round = 0; round < rounds.size(); round++) {
            for (RecordedCall call : rounds.get(round)) {
                for (JsonNode resource : call.data().path(list)) {
                    String name = resource.path(nameField).asText();
                    sink.draft(type, name, round + 1).id(resource.path(idField).asText(null)).name(name)
                            .arn(resource.path(arnField).asText(null))
                            .zone(resource.path("AvailabilityZone").asText(null))
                            .configure(resource).tags(resource.path("TagList"));
                }
            }
        }
    }
}
