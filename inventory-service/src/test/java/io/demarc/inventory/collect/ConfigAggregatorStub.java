package io.demarc.inventory.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * AWS Config's answers for an aggregator, in Config's JSON 1.1 wire format ({@code X-Amz-Target:
 * StarlingDoveService.<Operation>}), standing in for AWS. Aggregator {@value #AGGREGATOR} holds five resources over two
 * query pages: three of the {@code own} account (one S3 bucket tagged {@code team=platform}, a security group and a
 * volume), one of an account of another client and one of the {@code unverified} account. The first query call is
 * throttled; the first batch leaves the volume unprocessed, answered on the retry. Aggregator {@value #DENIED} refuses
 * the caller with AccessDeniedException. STS lets the {@code own} account's role be assumed and refuses the
 * {@code unverified} one's.
 */
final class ConfigAggregatorStub {

    static final String AGGREGATOR = "msp-org";
    static final String DENIED = "locked-org";
    static final String TARGET = "StarlingDoveService.";
    static final String BUCKET = "aggregated-logs";
    static final String SECURITY_GROUP = "sg-0aggregated";
    static final String VOLUME = "vol-0aggregated";
    static final String OTHER_BUCKET = "another-clients-data";
    static final String UNVERIFIED_BUCKET = "unverified-data";
    static final String DENIED_MESSAGE = "User: arn:aws:iam::111122223333:user/msp is not authorized to perform:"
            + " config:SelectAggregateResourceConfig on resource: locked-org";
    /** One hour ago, in Config's epoch-seconds timestamps. */
    static final long CAPTURED = Instant.now().minusSeconds(3600).getEpochSecond();

    private ConfigAggregatorStub() {
    }

    static void stub(WireMockServer aws, String own, String other, String unverified) {
        aws.resetAll();
        aws.stubFor(any(urlMatching(".*")).atPriority(100).willReturn(json(500,
                "{\"__type\":\"InternalFailure\",\"message\":\"not stubbed\"}")));
        select(aws, own, other, unverified);
        batchGet(aws, own);
        sts(aws, own, unverified);
    }

    private static void select(WireMockServer aws, String own, String other, String unverified) {
        String firstPage = page(List.of(row(own, "us-east-1", "AWS::S3::Bucket", BUCKET,
                "[{\"key\":\"team\",\"value\":\"platform\",\"tag\":\"team=platform\"}]"),
                row(own, "eu-west-1", "AWS::EC2::SecurityGroup", SECURITY_GROUP, "[]"),
                row(other, "us-east-1", "AWS::S3::Bucket", OTHER_BUCKET, "[]")), "page-2");
        String secondPage = page(List.of(row(own, "eu-west-1", "AWS::EC2::Volume", VOLUME, "[]"),
                row(unverified, "us-east-1", "AWS::S3::Bucket", UNVERIFIED_BUCKET, "[]")), null);
        aws.stubFor(config("SelectAggregateResourceConfig").withRequestBody(containing(aggregator(AGGREGATOR)))
                .withRequestBody(notContaining("NextToken")).inScenario("throttle")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"))
                .willSetStateTo("answered"));
        aws.stubFor(config("SelectAggregateResourceConfig").withRequestBody(containing(aggregator(AGGREGATOR)))
                .withRequestBody(notContaining("NextToken")).inScenario("throttle").whenScenarioStateIs("answered")
                .willReturn(json(200, firstPage)));
        aws.stubFor(config("SelectAggregateResourceConfig").withRequestBody(containing(aggregator(AGGREGATOR)))
                .withRequestBody(containing("\"NextToken\":\"page-2\"")).willReturn(json(200, secondPage)));
        aws.stubFor(config("SelectAggregateResourceConfig").withRequestBody(containing(aggregator(DENIED)))
                .willReturn(json(400, "{\"__type\":\"AccessDeniedException\",\"message\":\"" + DENIED_MESSAGE
                        + "\"}")));
    }

    /** The first batch answers two items and leaves the volume unprocessed; the retry answers it. */
    private static void batchGet(WireMockServer aws, String own) {
        aws.stubFor(config("BatchGetAggregateResourceConfig").inScenario("unprocessed")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(200, "{\"BaseConfigurationItems\":[" + bucketItem(own) + ","
                        + item(own, "eu-west-1", "AWS::EC2::SecurityGroup", SECURITY_GROUP,
                                "{\"groupId\":\"" + SECURITY_GROUP + "\",\"ipPermissions\":[]}")
                        + "],\"UnprocessedResourceIdentifiers\":[{\"SourceAccountId\":\"" + own + "\","
                        + "\"SourceRegion\":\"eu-west-1\",\"ResourceId\":\"" + VOLUME + "\","
                        + "\"ResourceType\":\"AWS::EC2::Volume\"}]}"))
                .willSetStateTo("retried"));
        aws.stubFor(config("BatchGetAggregateResourceConfig").inScenario("unprocessed")
                .whenScenarioStateIs("retried")
                .willReturn(json(200, "{\"BaseConfigurationItems\":[" + item(own, "eu-west-1", "AWS::EC2::Volume",
                        VOLUME, "{\"volumeId\":\"" + VOLUME + "\",\"encrypted\":false}")
                        + "],\"UnprocessedResourceIdentifiers\":[]}")));
    }

    private static void sts(WireMockServer aws, String own, String unverified) {
        aws.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole&"))
                .withRequestBody(containing(own)).willReturn(xml(200,
                        "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
                                + "<Credentials><AccessKeyId>ASIAAGGREGATOR</AccessKeyId><SecretAccessKey>stub-secret"
                                + "</SecretAccessKey><SessionToken>stub-token</SessionToken><Expiration>"
                                + "2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult>"
                                + "</AssumeRoleResponse>")));
        aws.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole&"))
                .withRequestBody(containing(unverified)).willReturn(xml(403,
                        "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender"
                                + "</Type><Code>AccessDenied</Code><Message>not authorized to perform: sts:AssumeRole"
                                + "</Message></Error></ErrorResponse>")));
    }

    private static String bucketItem(String own) {
        return "{\"version\":\"1.3\",\"accountId\":\"" + own + "\",\"configurationItemCaptureTime\":" + CAPTURED
                + ",\"configurationItemStatus\":\"OK\",\"configurationStateId\":\"1700000000001\","
                + "\"arn\":\"arn:aws:s3:::" + BUCKET + "\",\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\""
                + BUCKET + "\",\"resourceName\":\"" + BUCKET + "\",\"awsRegion\":\"us-east-1\","
                + "\"configuration\":\"{\\\"name\\\":\\\"" + BUCKET + "\\\",\\\"owner\\\":{\\\"id\\\":\\\"o\\\"}}\","
                + "\"supplementaryConfiguration\":{\"ServerSideEncryptionConfiguration\":\"{\\\"rules\\\":"
                + "[{\\\"applyServerSideEncryptionByDefault\\\":{\\\"sseAlgorithm\\\":\\\"AES256\\\"}}]}\"}}";
    }

    private static String item(String account, String region, String type, String id, String configuration) {
        return "{\"version\":\"1.3\",\"accountId\":\"" + account + "\",\"configurationItemCaptureTime\":" + CAPTURED
                + ",\"configurationItemStatus\":\"OK\",\"configurationStateId\":\"1700000000002\",\"resourceType\":\""
                + type + "\",\"resourceId\":\"" + id + "\",\"awsRegion\":\"" + region + "\",\"configuration\":\""
                + configuration.replace("\"", "\\\"") + "\"}";
    }

    private static String row(String account, String region, String type, String id, String tags) {
        String row = "{\"resourceId\":\"" + id + "\",\"resourceType\":\"" + type + "\",\"awsRegion\":\"" + region
                + "\",\"accountId\":\"" + account + "\",\"tags\":" + tags + "}";
        return "\"" + row.replace("\"", "\\\"") + "\"";
    }

    private static String page(List<String> rows, String nextToken) {
        return "{\"Results\":[" + String.join(",", rows) + "],\"QueryInfo\":{\"SelectFields\":[{\"Name\":"
                + "\"resourceId\"}]}" + (nextToken == null ? "" : ",\"NextToken\":\"" + nextToken + "\"") + "}";
    }

    static String aggregator(String name) {
        return "\"ConfigurationAggregatorName\":\"" + name + "\"";
    }

    /** Calls of the operation the stub received. */
    static RequestPatternBuilder requested(String operation) {
        return postRequestedFor(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + operation));
    }

    static MappingBuilder config(String operation) {
        return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + operation));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(body);
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }
}
