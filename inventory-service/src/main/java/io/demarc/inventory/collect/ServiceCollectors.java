package io.demarc.inventory.collect;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The services live collection reads, limited by {@code demarc.aws.collector.services} when that is set. */
@ApplicationScoped
class ServiceCollectors {

    private static final List<ServiceCollector> ALL = List.of(new IamCollector(), new S3Collector(),
            new Ec2Collector(), new CloudTrailCollector(), new KmsCollector(), new RdsCollector(),
            new LambdaCollector(), new EksCollector(), new MonitoringCollector(), new GuardDutyCollector(),
            new ConfigRecorderCollector());

    @Inject
    CollectorConfig config;

    List<ServiceCollector> enabled() {
        Optional<Set<String>> services = config.collector().services();
        return ALL.stream().filter(c -> services.isEmpty() || services.get().contains(c.service())).toList();
    }

    ServiceCollector byName(String service) {
        return ALL.stream().filter(c -> c.service().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no collector of service " + service));
    }
}
