package io.demarc.inventory.collect;

import java.util.Set;

import software.amazon.awssdk.services.config.ConfigClient;

/** AWS Config in one region: the configuration recorders and whether they record. */
final class ConfigRecorderCollector implements ServiceCollector {

    @Override
    public String service() {
        return "config";
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::Config::ConfigurationRecorder");
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (ConfigClient config = session.client(ConfigClient::builder)) {
            recorder.call("config", "DescribeConfigurationRecorders", () -> config.describeConfigurationRecorders(
                    b -> {
                    }));
            recorder.call("config", "DescribeConfigurationRecorderStatus",
                    () -> config.describeConfigurationRecorderStatus(b -> {
                    }));
        }
    }
}
