package io.demarc.catalog.recordings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.catalog.ingest.PolicyDocuments;

/**
 * S3 buckets with their details as AWS Config's supplementary configuration ({@code PublicAccessBlockConfiguration},
 * {@code ServerSideEncryptionConfiguration}, {@code BucketPolicy}, ...), and the account's public access block.
 * <p>
 * Per-bucket answers ({@code GetBucketEncryption_N}) do not name their bucket: call N is about the N-th bucket of
 * {@code ListBuckets}, unless an answer of call N names its bucket (404 errors do), which then holds for every
 * per-bucket call N. Errors that mean "not configured" ({@code NoSuchBucketPolicy}, ...) leave the detail absent, as
 * AWS Config does; any other error is a collection gap for that bucket.
 */
final class S3Mapper implements ServiceMapper {

    static final String BUCKET = "AWS::S3::Bucket";

    private static final Set<String> NOT_CONFIGURED = Set.of("NoSuchPublicAccessBlockConfiguration",
            "ServerSideEncryptionConfigurationNotFoundError", "NoSuchBucketPolicy", "NoSuchLifecycleConfiguration",
            "ReplicationConfigurationNotFoundError", "NoSuchWebsiteConfiguration", "NoSuchTagSet",
            "NoSuchCORSConfiguration");
    private static final List<String> PER_BUCKET = List.of("GetBucketLocation", "GetBucketEncryption",
            "GetPublicAccessBlock", "GetBucketPolicy", "GetBucketPolicyStatus", "GetBucketVersioning",
            "GetBucketLogging", "GetBucketAcl", "GetBucketTagging", "GetBucketWebsite",
            "GetBucketLifecycleConfiguration", "GetBucketReplication", "GetBucketNotificationConfiguration",
            "GetBucketAccelerateConfiguration", "GetBucketRequestPayment");
    private static final Map<String, String> GROUPS = Map.of(
            "http://acs.amazonaws.com/groups/global/AllUsers", "AllUsers",
            "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "AuthenticatedUsers",
            "http://acs.amazonaws.com/groups/s3/LogDelivery", "LogDelivery");
    private static final Map<String, String> PERMISSIONS = Map.of("READ", "Read", "WRITE", "Write", "READ_ACP",
            "ReadAcp", "WRITE_ACP", "WriteAcp", "FULL_CONTROL", "FullControl");

    @Override
    public Set<String> reads() {
        Set<String> reads = new java.util.HashSet<>(Set.of("s3.ListBuckets", "s3control.GetPublicAccessBlock"));
        PER_BUCKET.forEach(operation -> reads.add("s3." + operation));
        return reads;
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("s3", "ListBuckets");
        List<String> listed = new ArrayList<>();
        for (int round = 0; round < rounds.size(); round++) {
            listed = new ArrayList<>();
            for (RecordedCall call : rounds.get(round)) {
                ObjectNode owner = ConfigNames.camelObject(call.data().path("Owner"));
                for (JsonNode bucket : call.data().path("Buckets")) {
                    String name = bucket.path("Name").asText();
                    listed.add(name);
                    ItemSink.Draft draft = bucket(sink, name, round + 1).configure(bucket);
                    draft.configuration.set("owner", owner);
                }
            }
        }
        Map<Integer, String> named = namedBuckets(recording);
        for (String operation : PER_BUCKET) {
            for (RecordedCall call : recording.calls("s3", operation)) {
                String name = named.getOrDefault(call.sequence(),
                        call.sequence() <= listed.size() ? listed.get(call.sequence() - 1) : null);
                if (name == null) {
                    sink.gap(call, null);
                    continue;
                }
                ItemSink.Draft draft = sink.latest(BUCKET, name).orElseGet(() -> bucket(sink, name, 1));
                if (call.failed()) {
                    if (NOT_CONFIGURED.contains(call.errorCode())) {
                        sink.absent(call);
                    } else {
                        sink.gap(call, name);
                    }
                    continue;
                }
                detail(operation, call.data(), draft);
            }
        }
        accountBlock(recording, sink);
    }

    private static ItemSink.Draft bucket(ItemSink sink, String name, int round) {
        ItemSink.Draft draft = sink.draft(BUCKET, name, round).name(name).arn("arn:aws:s3:::" + name);
        draft.configuration.put("name", name);
        return draft;
    }

    /** The bucket each call number is about, where an answer of that number names it. */
    private static Map<Integer, String> namedBuckets(RecordedResponses recording) {
        Map<Integer, String> named = new HashMap<>();
        for (String operation : PER_BUCKET) {
            for (RecordedCall call : recording.calls("s3", operation)) {
                String name = call.data().path("Error").path("BucketName").asText(null);
                if (name != null) {
                    named.putIfAbsent(call.sequence(), name);
                }
            }
        }
        return named;
    }

    private static void detail(String operation, JsonNode data, ItemSink.Draft bucket) {
        ObjectNode supplementary = bucket.supplementary;
        switch (operation) {
            case "GetBucketLocation" -> bucket.region(location(data.path("LocationConstraint")));
            case "GetBucketEncryption" -> supplementary.set("ServerSideEncryptionConfiguration",
                    encryption(data.path("ServerSideEncryptionConfiguration")));
            case "GetPublicAccessBlock" -> supplementary.set("PublicAccessBlockConfiguration",
                    ConfigNames.camelCopy(data.path("PublicAccessBlockConfiguration")));
            case "GetBucketPolicy" -> supplementary.putObject("BucketPolicy").set("policyText",
                    data.path("Policy").isTextual()
                            ? PolicyDocuments.parse(data.path("Policy").asText())
                            : ConfigNames.orNull(data.path("Policy")));
            case "GetBucketPolicyStatus" -> supplementary.set("BucketPolicyStatus",
                    ConfigNames.camelCopy(data.path("PolicyStatus")));
            case "GetBucketVersioning" -> {
                ObjectNode versioning = supplementary.putObject("BucketVersioningConfiguration");
                versioning.put("status", data.path("Status").asText("Off"));
                if (data.has("MFADelete")) {
                    versioning.put("isMfaDeleteEnabled", "Enabled".equals(data.path("MFADelete").asText()));
                } else {
                    versioning.putNull("isMfaDeleteEnabled");
                }
            }
            case "GetBucketLogging" -> {
                ObjectNode logging = supplementary.putObject("BucketLoggingConfiguration");
                logging.set("destinationBucketName", data.path("LoggingEnabled").path("TargetBucket"));
                logging.set("logFilePrefix", data.path("LoggingEnabled").path("TargetPrefix"));
                nullIfMissing(logging, "destinationBucketName", "logFilePrefix");
            }
            case "GetBucketAcl" -> supplementary.set("AccessControlList", acl(data));
            case "GetBucketTagging" -> {
                bucket.tags(data.path("TagSet"));
                ObjectNode tags = ConfigNames.JSON.createObjectNode();
                data.path("TagSet").forEach(tag -> tags.put(tag.path("Key").asText(), tag.path("Value").asText()));
                supplementary.putObject("BucketTaggingConfiguration").putArray("tagSets").addObject().set("tags",
                        tags);
            }
            case "GetBucketWebsite" -> {
                ObjectNode website = supplementary.putObject("BucketWebsiteConfiguration");
                website.set("indexDocumentSuffix", data.path("IndexDocument").path("Suffix"));
                website.set("errorDocument", data.path("ErrorDocument").path("Key"));
                website.set("redirectAllRequestsTo", ConfigNames.camelCopy(data.get("RedirectAllRequestsTo")));
                website.set("routingRules", data.has("RoutingRules")
                        ? ConfigNames.camelCopy(data.get("RoutingRules"))
                        : ConfigNames.JSON.createArrayNode());
                nullIfMissing(website, "indexDocumentSuffix", "errorDocument");
            }
            case "GetBucketLifecycleConfiguration" -> supplementary.putObject("BucketLifecycleConfiguration")
                    .set("rules", ConfigNames.camelCopy(data.path("Rules")));
            case "GetBucketReplication" -> supplementary.set("BucketReplicationConfiguration",
                    ConfigNames.camelCopy(data.path("ReplicationConfiguration")));
            case "GetBucketNotificationConfiguration" -> supplementary.set("BucketNotificationConfiguration",
                    notifications(data));
            case "GetBucketAccelerateConfiguration" -> supplementary.putObject("BucketAccelerateConfiguration")
                    .put("status", data.path("Status").asText(null));
            case "GetBucketRequestPayment" -> supplementary.put("IsRequesterPaysEnabled",
                    "Requester".equals(data.path("Payer").asText()));
            default -> throw new IllegalStateException("no mapping for s3." + operation);
        }
    }

    /** {@code null} or empty means us-east-1; {@code EU} is the old name of eu-west-1. */
    private static String location(JsonNode constraint) {
        String value = constraint.isTextual() ? constraint.asText() : "";
        return value.isEmpty() ? "us-east-1" : value.equals("EU") ? "eu-west-1" : value;
    }

    private static JsonNode encryption(JsonNode configuration) {
        ObjectNode result = ConfigNames.JSON.createObjectNode();
        ArrayNode rules = result.putArray("rules");
        for (JsonNode rule : configuration.path("Rules")) {
            ObjectNode converted = rules.addObject();
            JsonNode byDefault = rule.path("ApplyServerSideEncryptionByDefault");
            if (byDefault.isObject()) {
                ObjectNode target = converted.putObject("applyServerSideEncryptionByDefault");
                target.set("sseAlgorithm", byDefault.path("SSEAlgorithm"));
                target.set("kmsMasterKeyID", byDefault.path("KMSMasterKeyID"));
                nullIfMissing(target, "sseAlgorithm", "kmsMasterKeyID");
            }
            if (rule.has("BucketKeyEnabled")) {
                converted.set("bucketKeyEnabled", rule.get("BucketKeyEnabled"));
            }
        }
        return result;
    }

    private static JsonNode acl(JsonNode data) {
        ObjectNode acl = ConfigNames.JSON.createObjectNode();
        acl.putNull("grantSet");
        ArrayNode grants = acl.putArray("grantList");
        for (JsonNode grant : data.path("Grants")) {
            ObjectNode converted = grants.addObject();
            JsonNode grantee = grant.path("Grantee");
            String group = GROUPS.get(grantee.path("URI").asText());
            if (group != null) {
                converted.put("grantee", group);
            } else {
                ObjectNode user = converted.putObject("grantee");
                user.put("id", grantee.path("ID").asText(null));
                user.put("displayName", grantee.path("DisplayName").asText(null));
            }
            String permission = grant.path("Permission").asText();
            converted.put("permission", PERMISSIONS.getOrDefault(permission, permission));
        }
        acl.set("owner", ConfigNames.camelCopy(data.path("Owner")));
        acl.put("isRequesterCharged", false);
        return acl;
    }

    private static JsonNode notifications(JsonNode data) {
        ObjectNode configurations = ConfigNames.JSON.createObjectNode();
        Map<String, String> kinds = Map.of("TopicConfigurations", "TopicConfiguration", "QueueConfigurations",
                "QueueConfiguration", "LambdaFunctionConfigurations", "LambdaConfiguration");
        Map<String, String> targets = Map.of("TopicConfigurations", "TopicArn", "QueueConfigurations", "QueueArn",
                "LambdaFunctionConfigurations", "LambdaFunctionArn");
        Map<String, String> targetFields = Map.of("TopicConfigurations", "topicARN", "QueueConfigurations",
                "queueARN", "LambdaFunctionConfigurations", "functionARN");
        for (String list : kinds.keySet()) {
            for (JsonNode configuration : data.path(list)) {
                ObjectNode converted = configurations.putObject(configuration.path("Id").asText());
                converted.put("type", kinds.get(list));
                converted.set(targetFields.get(list), ConfigNames.orNull(configuration.path(targets.get(list))));
                converted.set("events", ConfigNames.orNull(configuration.path("Events")));
                converted.putArray("objectPrefixes");
                ObjectNode filter = converted.putObject("filter").putObject("s3KeyFilter");
                filter.set("filterRules", ConfigNames.camelCopy(configuration.path("Filter").path("Key")
                        .path("FilterRules")));
            }
        }
        ObjectNode result = ConfigNames.JSON.createObjectNode();
        result.set("configurations", configurations);
        return result;
    }

    private static void accountBlock(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("s3control", "GetPublicAccessBlock");
        for (int round = 0; round < rounds.size(); round++) {
            RecordedCall call = rounds.get(round).get(0);
            boolean none = call.failed() && "NoSuchPublicAccessBlockConfiguration".equals(call.errorCode());
            if (call.failed() && !none) {
                continue;
            }
            ItemSink.Draft block = sink.draft(AccountFactTypes.S3_PUBLIC_ACCESS_BLOCK, "account", round + 1)
                    .accountScoped();
            if (none) {
                // No account-level block: nothing is blocked at the account level.
                sink.absent(call);
                for (String field : List.of("blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy",
                        "restrictPublicBuckets")) {
                    block.configuration.put(field, false);
                }
            } else {
                block.configure(call.data().path("PublicAccessBlockConfiguration"));
            }
        }
    }

    private static void nullIfMissing(ObjectNode node, String... fields) {
        for (String field : fields) {
            if (node.get(field) == null || node.get(field).isMissingNode()) {
                node.putNull(field);
            }
        }
    }
}
