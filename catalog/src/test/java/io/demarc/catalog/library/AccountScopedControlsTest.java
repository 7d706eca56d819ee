package io.demarc.catalog.library;

import static io.demarc.catalog.testdata.Items.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.controls.ControlDefinitionException;
import io.demarc.catalog.engine.PreparedAccount;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.TestCatalogs;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/** Controls that judge a whole account and region from all of its items. */
class AccountScopedControlsTest {

    static final String TRAIL = "{'resourceType':'AWS::CloudTrail::Trail','resourceId':'main','awsRegion':'us-east-1',"
            + "'configuration':{'isMultiRegionTrail':true,'cloudWatchLogsLogGroupArn':"
            + "'arn:aws:logs:us-east-1:123456789012:log-group:trail:*'}}";
    static final String FILTER = "{'resourceType':'AWS::Logs::MetricFilter','resourceId':'trail:f','awsRegion':"
            + "'us-east-1','configuration':{'logGroupName':'trail','filterPattern':"
            + "'{ ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed != Yes) }',"
            + "'metricTransformations':[{'metricName':'nomfa','metricNamespace':'cis'}]}}";
    static final String ALARM = "{'resourceType':'AWS::CloudWatch::Alarm','resourceId':'a','awsRegion':'us-east-1',"
            + "'configuration':{'metricName':'nomfa','namespace':'cis','alarmActions':['arn:aws:sns:x']}}";

    /** Columns: control, region, the account's items (JSON array), unused, verdict. */
    @ParameterizedTest(name = "{0} {4}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            cloudtrail-multi-region-trail-exists | eu-west-1 | [{'resourceType':'AWS::CloudTrail::Trail','resourceId':'t','awsRegion':'us-east-1','configuration':{'isMultiRegionTrail':true},'supplementaryConfiguration':{'TrailStatus':{'isLogging':true}}}] | | PASS
            cloudtrail-multi-region-trail-exists | eu-west-1 | [{'resourceType':'AWS::CloudTrail::Trail','resourceId':'t','awsRegion':'us-east-1','configuration':{'isMultiRegionTrail':true},'supplementaryConfiguration':{'TrailStatus':{'isLogging':false}}}] | | FAIL
            cloudtrail-multi-region-trail-exists | eu-west-1 | [] | | FAIL
            guardduty-enabled-in-region | eu-west-1 | [{'resourceType':'AWS::GuardDuty::Detector','resourceId':'d','awsRegion':'eu-west-1','configuration':{'Enable':true}}] | | PASS
            guardduty-enabled-in-region | eu-west-1 | [{'resourceType':'AWS::GuardDuty::Detector','resourceId':'d','awsRegion':'us-east-1','configuration':{'Enable':true}}] | | FAIL
            config-recorder-on-in-region | eu-west-1 | [{'resourceType':'AWS::Config::ConfigurationRecorder','resourceId':'default','awsRegion':'eu-west-1','configuration':{'Recording':true,'RecordingGroup':{'AllSupported':true}}}] | | PASS
            config-recorder-on-in-region | eu-west-1 | [{'resourceType':'AWS::Config::ConfigurationRecorder','resourceId':'default','awsRegion':'eu-west-1','configuration':{'Recording':false}}] | | FAIL
            iam-support-role-exists | eu-west-1 | [{'resourceType':'AWS::IAM::Role','resourceId':'r','awsRegion':'global','configuration':{'attachedManagedPolicies':[{'policyArn':'arn:aws:iam::aws:policy/AWSSupportAccess'}]}}] | | PASS
            iam-support-role-exists | eu-west-1 | [{'resourceType':'AWS::IAM::Role','resourceId':'r','awsRegion':'global','configuration':{'attachedManagedPolicies':[]}}] | | FAIL
            ec2-vpc-flow-logs-enabled | eu-west-1 | [{'resourceType':'AWS::EC2::VPC','resourceId':'vpc-1','awsRegion':'eu-west-1','configuration':{}},{'resourceType':'AWS::EC2::FlowLog','resourceId':'fl-1','awsRegion':'eu-west-1','configuration':{'resourceId':'vpc-1'}}] | | PASS
            ec2-vpc-flow-logs-enabled | eu-west-1 | [{'resourceType':'AWS::EC2::VPC','resourceId':'vpc-1','awsRegion':'eu-west-1','configuration':{}}] | | FAIL
            """)
    void decides(String controlId, String region, String itemsJson, String unused, FindingStatus expected) {
        var evaluation = Library.ENGINE.evaluate(Library.control(controlId),
                PreparedAccount.of("123456789012", region, items(json(itemsJson))));

        assertThat(evaluation.status()).as(evaluation.message()).isEqualTo(expected);
    }

    @Test
    void aMetricFilterOnTheTrailsLogGroupNeedsAnAlarmWithAnAction() {
        String control = "cloudwatch-alarm-console-sign-in-without-mfa";
        assertThat(status(control, TRAIL, FILTER, ALARM)).isEqualTo(FindingStatus.PASS);
        assertThat(status(control, TRAIL, FILTER)).isEqualTo(FindingStatus.FAIL);
        assertThat(status(control, FILTER.replace("'trail'", "'elsewhere'"), TRAIL, ALARM))
                .as("a filter on another log group").isEqualTo(FindingStatus.FAIL);
        assertThat(status("cloudwatch-alarm-root-usage", TRAIL, FILTER, ALARM)).as("another pattern")
                .isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void anEmptyAccountFailsEveryAccountControlButTheOneAboutItsNonexistentVpcs() {
        var evaluations = Library.ENGINE.evaluateAccount("123456789012", "eu-west-1", List.of());
        assertThat(evaluations).hasSize(Library.LIBRARY.accountScoped().size())
                .allSatisfy(e -> assertThat(e.status()).as(e.controlId()).isEqualTo(
                        e.controlId().equals("ec2-vpc-flow-logs-enabled") ? FindingStatus.PASS : FindingStatus.FAIL));
    }

    @Test
    void anInputThatNeverLookedForATypeCannotFailTheAccountForLackingIt() {
        var evaluation = Library.ENGINE.evaluate(Library.control("guardduty-enabled-in-region"),
                new PreparedAccount("123456789012", "eu-west-1", List.of(), Set.of("AWS::S3::Bucket")));

        assertThat(evaluation.status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(evaluation.message()).contains("AWS::GuardDuty::Detector");
    }

    @Test
    void perItemEvaluationLeavesAccountControlsOut() {
        ConfigurationItem trail = Items.item("AWS::CloudTrail::Trail", "t", "{'isMultiRegionTrail':true}");
        assertThat(Library.ENGINE.evaluate(trail)).extracting(e -> e.controlId())
                .doesNotContain("cloudtrail-multi-region-trail-exists", "cloudwatch-alarm-root-usage");
        assertThat(Library.ENGINE.evaluate(Library.control("cloudtrail-multi-region-trail-exists"),
                PreparedItem.of(trail)).status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
    }

    @Test
    void anUnknownScopeIsRefusedAtLoad(@TempDir Path folder) {
        assertThatThrownBy(() -> TestCatalogs.load(folder,
                TestCatalogs.control("c", "items.size() > 0").put("scope", "organization")))
                .isInstanceOf(ControlDefinitionException.class).hasMessageContaining("unknown scope 'organization'");
    }

    @Test
    void anAccountScopedExpressionReadsItemsNotItem(@TempDir Path folder) {
        assertThatThrownBy(() -> TestCatalogs.load(folder,
                TestCatalogs.control("c", "item.resourceType == 'x'").put("scope", "account")))
                .isInstanceOf(ControlDefinitionException.class).hasMessageContaining("does not compile");
        var library = TestCatalogs.load(folder, TestCatalogs.control("c", "size(items) > 0 && account != ''"
                + " && region == 'eu-west-1'").put("scope", "account"));
        assertThat(library.accountScoped()).hasSize(1);
    }

    private static FindingStatus status(String controlId, String... items) {
        return Library.ENGINE.evaluate(Library.control(controlId),
                PreparedAccount.of("123456789012", "us-east-1", items(json("[" + String.join(",", items) + "]"))))
                .status();
    }

    private static List<PreparedItem> items(JsonNode array) {
        List<PreparedItem> items = new ArrayList<>();
        for (JsonNode node : array) {
            items.add(PreparedItem.of(new ConfigurationItem("123456789012", node.path("awsRegion").asText(),
                    node.path("resourceType").asText(), node.path("resourceId").asText(), null, null,
                    Items.CAPTURED, "1", "OK", Map.of(), node.path("configuration"),
                    node.has("supplementaryConfiguration") ? node.get("supplementaryConfiguration") : null)));
        }
        return items;
    }
}
