package io.demarc.inventory.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * AWS's answers, in AWS's wire formats (query/XML for STS, EC2 and IAM; REST-XML for S3 and S3 Control), for one
 * readable account and one whose role refuses to be assumed. EC2 throttles the first DescribeSecurityGroups and
 * refuses GetEbsEncryptionByDefault; IAM has no password policy (404 NoSuchEntity, an answer, not an error).
 */
final class AwsStub {

    static final String EC2_NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
    static final String IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
    static final String S3_NS = "http://s3.amazonaws.com/doc/2006-03-01/";
    static final String BUCKET = "demarc-stub-logs";

    private AwsStub() {
    }

    static void stub(WireMockServer aws, String readableAccount, String refusingAccount) {
        aws.resetAll();
        aws.stubFor(any(urlMatching(".*")).atPriority(100).willReturn(aResponse().withStatus(500)
                .withBody("<Error><Code>InternalError</Code><Message>not stubbed</Message></Error>")));
        sts(aws, readableAccount, refusingAccount);
        ec2(aws);
        iam(aws, readableAccount);
        s3(aws);
    }

    /** A later look at the account: its bucket and its security group are gone. */
    static void bucketAndSecurityGroupGone(WireMockServer aws) {
        aws.stubFor(get(urlPathEqualTo("/")).willReturn(xml(200, "<ListAllMyBucketsResult xmlns=\"" + S3_NS
                + "\"><Owner><ID>owner-stub</ID></Owner><Buckets/></ListAllMyBucketsResult>")));
        aws.stubFor(query("DescribeSecurityGroups").willReturn(ec2Xml("DescribeSecurityGroups",
                "<securityGroupInfo/>")));
    }

    /** EBS encryption by default readable after all, so that every EC2 call is answered. */
    static void ebsEncryptionReadable(WireMockServer aws) {
        aws.stubFor(query("GetEbsEncryptionByDefault").willReturn(ec2Xml("GetEbsEncryptionByDefault",
                "<ebsEncryptionByDefault>true</ebsEncryptionByDefault>")));
    }

    private static void sts(WireMockServer aws, String readable, String refusing) {
        aws.stubFor(query("AssumeRole").withRequestBody(containing(readable)).willReturn(xml(200,
                "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
                        + "<Credentials><AccessKeyId>ASIASTUB</AccessKeyId><SecretAccessKey>stub-secret</SecretAccessKey>"
                        + "<SessionToken>stub-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration>"
                        + "</Credentials><AssumedRoleUser><AssumedRoleId>AROASTUB:demarc-collector</AssumedRoleId>"
                        + "<Arn>arn:aws:sts::" + readable + ":assumed-role/DemarcReadOnly/demarc-collector</Arn>"
                        + "</AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>1</RequestId>"
                        + "</ResponseMetadata></AssumeRoleResponse>")));
        aws.stubFor(query("AssumeRole").withRequestBody(containing(refusing)).willReturn(xml(403,
                "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type>"
                        + "<Code>AccessDenied</Code><Message>User: arn:aws:sts::111122223333:assumed-role/"
                        + "DemarcCollector/x is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::"
                        + refusing + ":role/DemarcReadOnly</Message></Error><RequestId>2</RequestId>"
                        + "</ErrorResponse>")));
    }

    private static void ec2(WireMockServer aws) {
        aws.stubFor(query("DescribeRegions").willReturn(ec2Xml("DescribeRegions", "<regionInfo><item>"
                + "<regionName>us-east-1</regionName><regionEndpoint>ec2.us-east-1.amazonaws.com</regionEndpoint>"
                + "<optInStatus>opt-in-not-required</optInStatus></item></regionInfo>")));
        aws.stubFor(query("DescribeSecurityGroups").inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(503, "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request"
                        + " limit exceeded.</Message></Error></Errors><RequestID>3</RequestID></Response>"))
                .willSetStateTo("answered"));
        aws.stubFor(query("DescribeSecurityGroups").inScenario("throttle").whenScenarioStateIs("answered")
                .willReturn(ec2Xml("DescribeSecurityGroups",
                        "<securityGroupInfo><item><groupId>sg-0stub</groupId><groupName>ssh</groupName><groupDescription>ssh from"
                                + " anywhere</groupDescription><vpcId>vpc-0stub</vpcId><ipPermissions><item>"
                                + "<ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort><ipRanges><item>"
                                + "<cidrIp>0.0.0.0/0</cidrIp></item></ipRanges></item></ipPermissions>"
                                + "<ipPermissionsEgress/></item></securityGroupInfo>")));
        for (String empty : new String[]{"DescribeInstances", "DescribeVolumes", "DescribeVpcs", "DescribeFlowLogs",
                "GetEbsDefaultKmsKeyId", "GetInstanceMetadataDefaults"}) {
            aws.stubFor(query(empty).willReturn(ec2Xml(empty, "")));
        }
        aws.stubFor(query("GetEbsEncryptionByDefault").willReturn(xml(403, "<Response><Errors><Error>"
                + "<Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation."
                + "</Message></Error></Errors><RequestID>4</RequestID></Response>")));
    }

    private static void iam(WireMockServer aws, String account) {
        aws.stubFor(query("GetAccountAuthorizationDetails").willReturn(iamXml("GetAccountAuthorizationDetails",
                "<IsTruncated>false</IsTruncated><UserDetailList><member><UserName>alice</UserName>"
                        + "<UserId>AIDASTUBALICE</UserId><Arn>arn:aws:iam::" + account
                        + ":user/alice</Arn><Path>/</Path>"
                        + "<CreateDate>2024-01-01T00:00:00Z</CreateDate></member></UserDetailList>"
                        + "<GroupDetailList/><RoleDetailList/><Policies/>")));
        aws.stubFor(query("GetAccountPasswordPolicy").willReturn(xml(404, "<ErrorResponse xmlns=\"" + IAM_NS
                + "\"><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The Password Policy with domain"
                + " name " + account + " cannot be found.</Message></Error><RequestId>5</RequestId></ErrorResponse>")));
        aws.stubFor(query("GetAccountSummary").willReturn(iamXml("GetAccountSummary", "<SummaryMap><entry>"
                + "<key>AccountMFAEnabled</key><value>1</value></entry><entry><key>AccountAccessKeysPresent</key>"
                + "<value>0</value></entry></SummaryMap>")));
        aws.stubFor(query("GenerateCredentialReport").willReturn(iamXml("GenerateCredentialReport",
                "<State>COMPLETE</State>")));
        String csv = "user,arn,mfa_active\n<root_account>,arn:aws:iam::" + account + ":root,true\n";
        aws.stubFor(query("GetCredentialReport").willReturn(iamXml("GetCredentialReport", "<Content>"
                + Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)) + "</Content>"
                + "<ReportFormat>text/csv</ReportFormat><GeneratedTime>2024-01-01T00:00:00Z</GeneratedTime>")));
    }

    private static void s3(WireMockServer aws) {
        aws.stubFor(get(urlPathEqualTo("/")).willReturn(xml(200, "<ListAllMyBucketsResult xmlns=\"" + S3_NS
                + "\"><Owner><ID>owner-stub</ID></Owner><Buckets><Bucket><Name>" + BUCKET + "</Name>"
                + "<CreationDate>2024-01-01T00:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>")));
        bucket(aws, "location", 200, "<LocationConstraint xmlns=\"" + S3_NS + "\"/>");
        bucket(aws, "encryption", 200, "<ServerSideEncryptionConfiguration xmlns=\"" + S3_NS + "\"><Rule>"
                + "<ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm>"
                + "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>");
        bucket(aws, "publicAccessBlock", 404, "<Error><Code>NoSuchPublicAccessBlockConfiguration</Code><Message>The"
                + " public access block configuration was not found</Message><BucketName>" + BUCKET
                + "</BucketName></Error>");
        bucket(aws, "policyStatus", 404, "<Error><Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not"
                + " exist</Message><BucketName>" + BUCKET + "</BucketName></Error>");
        bucket(aws, "versioning", 200, "<VersioningConfiguration xmlns=\"" + S3_NS + "\"><Status>Enabled</Status>"
                + "</VersioningConfiguration>");
        bucket(aws, "logging", 200, "<BucketLoggingStatus xmlns=\"" + S3_NS + "\"/>");
        aws.stubFor(get(urlMatching(".*/v20180820/configuration/publicAccessBlock.*")).willReturn(xml(200,
                "<PublicAccessBlockConfiguration xmlns=\"http://awss3control.amazonaws.com/doc/2018-08-20/\">"
                        + "<BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls>"
                        + "<BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true"
                        + "</RestrictPublicBuckets></PublicAccessBlockConfiguration>")));
    }

    private static void bucket(WireMockServer aws, String subresource, int status, String body) {
        aws.stubFor(get(urlMatching("/" + BUCKET + "\\?(.*&)?" + subresource + "(=[^&]*)?(&.*)?"))
                .willReturn(xml(status, body)));
    }

    private static MappingBuilder query(String action) {
        return post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ec2Xml(String action,
            String content) {
        return xml(200, "<" + action + "Response xmlns=\"" + EC2_NS + "\"><requestId>r</requestId>" + content + "</"
                + action + "Response>");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder iamXml(String action,
            String content) {
        return xml(200, "<" + action + "Response xmlns=\"" + IAM_NS + "\"><" + action + "Result>" + content + "</"
                + action + "Result><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></" + action
                + "Response>");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }
}
