package io.demarc.inventory.collect;

import java.util.Set;

import software.amazon.awssdk.services.rds.RdsClient;

/** RDS in one region: DB instances and clusters. */
final class RdsCollector implements ServiceCollector {

    @Override
    public String service() {
        return "rds";
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::RDS::DBInstance", "AWS::RDS::DBCluster");
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (RdsClient rds = session.client(RdsClient::builder)) {
            recorder.pages("rds", "DescribeDBInstances", () -> rds.describeDBInstancesPaginator(b -> {
            }));
            recorder.pages("rds", "DescribeDBClusters", () -> rds.describeDBClustersPaginator(b -> {
            }));
        }
    }
}
