package io.demarc.inventory.collect;

import java.util.Set;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/** What monitoring rests on, in one region: CloudWatch Logs metric filters and CloudWatch alarms. */
final class MonitoringCollector implements ServiceCollector {

    @Override
    public String service() {
        return "monitoring";
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::Logs::MetricFilter", "AWS::CloudWatch::Alarm");
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (CloudWatchLogsClient logs = session.client(CloudWatchLogsClient::builder);
                CloudWatchClient cloudWatch = session.client(CloudWatchClient::builder)) {
            recorder.pages("logs", "DescribeMetricFilters", () -> logs.describeMetricFiltersPaginator(b -> {
            }));
            recorder.pages("monitoring", "DescribeAlarms", () -> cloudWatch.describeAlarmsPaginator(b -> {
            }));
        }
    }
}
