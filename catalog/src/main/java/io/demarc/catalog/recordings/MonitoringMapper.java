package io.demarc.catalog.recordings;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What monitoring rests on: CloudWatch Logs metric filters, CloudWatch alarms and the SNS topics alarms notify.
 * Metric filters are not recorded by AWS Config; they get the CloudFormation type name.
 */
final class MonitoringMapper implements ServiceMapper {

    static final String METRIC_FILTER = "AWS::Logs::MetricFilter";
    static final String ALARM = "AWS::CloudWatch::Alarm";
    static final String TOPIC = "AWS::SNS::Topic";

    @Override
    public Set<String> reads() {
        return Set.of("logs.DescribeMetricFilters", "monitoring.DescribeAlarms", "monitoring.DescribeAlarmsForMetric",
                "sns.GetTopicAttributes");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("logs", "DescribeMetricFilters");
        for (int round = 0; round < rounds.size(); round++) {
            for (RecordedCall call : rounds.get(round)) {
                for (JsonNode filter : call.data().path("metricFilters")) {
                    String key = filter.path("logGroupName").asText() + ":" + filter.path("filterName").asText();
                    sink.draft(METRIC_FILTER, key, round + 1).name(filter.path("filterName").asText())
                            .configure(filter);
                }
            }
        }
        for (String operation : List.of("DescribeAlarms", "DescribeAlarmsForMetric")) {
            // Each DescribeAlarmsForMetric call asks about another metric: all calls are one round.
            for (RecordedCall call : recording.calls("monitoring", operation)) {
                for (JsonNode alarm : call.data().path("MetricAlarms")) {
                    String name = alarm.path("AlarmName").asText();
                    sink.draft(ALARM, name, 1).name(name).arn(alarm.path("AlarmArn").asText(null)).configure(alarm);
                }
            }
        }
        for (RecordedCall call : recording.calls("sns", "GetTopicAttributes")) {
            JsonNode attributes = call.data().path("Attributes");
            String arn = attributes.path("TopicArn").asText(null);
            if (arn != null) {
                sink.draft(TOPIC, arn, 1).arn(arn).name(arn.substring(arn.lastIndexOf(':') + 1))
                        .configure(attributes);
            }
        }
    }
}
