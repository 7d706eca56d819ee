package io.demarc.inventory.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import software.amazon.awssdk.services.eks.EksClient;

/** EKS in one region: the clusters, each described (the list names them only). */
final class EksCollector implements ServiceCollector {

    @Override
    public String service() {
        return "eks";
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::EKS::Cluster");
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (EksClient eks = session.client(EksClient::builder)) {
            List<String> clusters = new ArrayList<>();
            recorder.pages("eks", "ListClusters", () -> eks.listClustersPaginator(b -> {
            }), page -> clusters.addAll(page.clusters()));
            clusters.forEach(name -> recorder.call("eks", "DescribeCluster",
                    () -> eks.describeCluster(b -> b.name(name))));
        }
    }
}
