package io.demarc.catalog.recordings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.ingest.PolicyDocuments;

/**
 * IAM: users, groups, roles and customer managed policies (from the list and get calls, or all at once from
 * {@code GetAccountAuthorizationDetails}), in AWS Config's shape with region {@code global}; and the account-level
 * facts: password policy, account summary, credential report. Policy documents are decoded into JSON objects.
 * AWS managed policies are not resources of the account and get no item (AWS Config does the same).
 */
final class IamMapper implements ServiceMapper {

    static final String USER = "AWS::IAM::User";
    static final String GROUP = "AWS::IAM::Group";
    static final String ROLE = "AWS::IAM::Role";
    static final String POLICY = "AWS::IAM::Policy";
    static final String ACCOUNT = "account";

    @Override
    public Set<String> reads() {
        return Set.of("iam.ListUsers", "iam.GetUser", "iam.ListAttachedUserPolicies", "iam.ListRoles", "iam.GetRole",
                "iam.ListPolicies", "iam.GetPolicy", "iam.GetPolicyVersion", "iam.GetAccountAuthorizationDetails",
                "iam.GetAccountPasswordPolicy", "iam.GetAccountSummary", "iam.GetCredentialReport");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        List<ItemSink.Draft> users = listed(recording, "ListUsers", "Users", USER, "UserName", "UserId", sink);
        for (RecordedCall call : recording.calls("iam", "GetUser")) {
            detail(call.data().path("User"), USER, "UserName", "UserId", sink);
        }
        for (RecordedCall call : recording.calls("iam", "ListAttachedUserPolicies")) {
            ItemSink.Draft user = call.sequence() <= users.size() ? users.get(call.sequence() - 1) : null;
            if (call.failed()) {
                sink.gap(call, user == null ? null : user.key);
            } else if (user != null) {
                user.configuration.set("attachedManagedPolicies",
                        ConfigNames.camelCopy(call.data().path("AttachedPolicies")));
            }
        }
        listed(recording, "ListRoles", "Roles", ROLE, "RoleName", "RoleId", sink);
        for (RecordedCall call : recording.calls("iam", "GetRole")) {
            detail(call.data().path("Role"), ROLE, "RoleName", "RoleId", sink);
        }
        List<ItemSink.Draft> policies = listed(recording, "ListPolicies", "Policies", POLICY, "Arn", "PolicyId", sink);
        for (RecordedCall call : recording.calls("iam", "GetPolicy")) {
            detail(call.data().path("Policy"), POLICY, "Arn", "PolicyId", sink);
        }
        for (RecordedCall call : recording.calls("iam", "GetPolicyVersion")) {
            policyVersion(call, policies);
        }
        authorizationDetails(recording, sink);
        accountFacts(recording, sink);
        sink.latestOfType(USER).forEach(draft -> PolicyDocuments.decodeIn(draft.configuration));
        sink.latestOfType(ROLE).forEach(draft -> PolicyDocuments.decodeIn(draft.configuration));
        sink.latestOfType(GROUP).forEach(draft -> PolicyDocuments.decodeIn(draft.configuration));
        sink.latestOfType(POLICY).forEach(draft -> PolicyDocuments.decodeIn(draft.configuration));
    }

    /** The resources of the last round of a list operation, in list order. */
    private static List<ItemSink.Draft> listed(RecordedResponses recording, String operation, String list,
            String type, String keyField, String idField, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("iam", operation);
        List<ItemSink.Draft> listed = new ArrayList<>();
        for (int round = 0; round < rounds.size(); round++) {
            listed = new ArrayList<>();
            for (RecordedCall call : rounds.get(round)) {
                for (JsonNode resource : call.data().path(list)) {
                    if (isAwsManaged(resource)) {
                        continue;
                    }
                    listed.add(principal(sink.draft(type, resource.path(keyField).asText(), round + 1), resource,
                            idField));
                }
            }
        }
        return listed;
    }

    private static void detail(JsonNode resource, String type, String keyField, String idField, ItemSink sink) {
        if (!resource.isObject() || isAwsManaged(resource)) {
            return;
        }
        String key = resource.path(keyField).asText();
        principal(sink.latest(type, key).orElseGet(() -> sink.draft(type, key, 1)), resource, idField);
    }

    private static ItemSink.Draft principal(ItemSink.Draft draft, JsonNode resource, String idField) {
        String name = switch (draft.type) {
            case ROLE -> resource.path("RoleName").asText(null);
            case GROUP -> resource.path("GroupName").asText(null);
            case POLICY -> resource.path("PolicyName").asText(null);
            default -> resource.path("UserName").asText(null);
        };
        return draft.id(resource.path(idField).asText(null)).name(name).arn(resource.path("Arn").asText(null))
                .region(ItemSink.GLOBAL).configure(resource).tags(resource.path("Tags"));
    }

    /**
     * {@code GetPolicyVersion} does not name its policy: it belongs to the listed policy whose default version it is
     * and whose last update is the version's creation, else to the N-th listed policy.
     */
    private static void policyVersion(RecordedCall call, List<ItemSink.Draft> policies) {
        JsonNode version = call.data().path("PolicyVersion");
        if (call.failed() || !version.isObject()) {
            return;
        }
        String versionId = version.path("VersionId").asText();
        String created = version.path("CreateDate").asText();
        List<ItemSink.Draft> matching = policies.stream()
                .filter(p -> versionId.equals(p.configuration.path("defaultVersionId").asText())
                        && created.equals(p.configuration.path("updateDate").asText()))
                .toList();
        ItemSink.Draft policy = matching.size() == 1
                ? matching.get(0)
                : call.sequence() <= policies.size() ? policies.get(call.sequence() - 1) : null;
        if (policy != null) {
            policy.configuration.putArray("policyVersionList").add(ConfigNames.camelCopy(version));
        }
    }

    private static void authorizationDetails(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("iam", "GetAccountAuthorizationDetails");
        for (int round = 0; round < rounds.size(); round++) {
            for (RecordedCall call : rounds.get(round)) {
                JsonNode data = call.data();
                for (JsonNode user : data.path("UserDetailList")) {
                    principal(sink.draft(USER, user.path("UserName").asText(), round + 1), user, "UserId");
                }
                for (JsonNode group : data.path("GroupDetailList")) {
                    principal(sink.draft(GROUP, group.path("GroupName").asText(), round + 1), group, "GroupId");
                }
                for (JsonNode role : data.path("RoleDetailList")) {
                    principal(sink.draft(ROLE, role.path("RoleName").asText(), round + 1), role, "RoleId");
                }
                for (JsonNode policy : data.path("Policies")) {
                    if (!isAwsManaged(policy)) {
                        principal(sink.draft(POLICY, policy.path("Arn").asText(), round + 1), policy, "PolicyId");
                    }
                }
            }
        }
    }

    private static void accountFacts(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("iam", "GetAccountPasswordPolicy");
        for (int round = 0; round < rounds.size(); round++) {
            RecordedCall call = rounds.get(round).get(0);
            if (call.failed() && !"NoSuchEntity".equals(call.errorCode())) {
                continue;
            }
            ItemSink.Draft policy = sink.draft(AccountFactTypes.IAM_PASSWORD_POLICY, ACCOUNT, round + 1)
                    .accountScoped().region(ItemSink.GLOBAL);
            if (call.failed()) {
                // 404 NoSuchEntity is the answer "this account has no password policy".
                sink.absent(call);
                policy.configuration.put("passwordPolicyConfigured", false);
            } else {
                policy.configuration.put("passwordPolicyConfigured", true);
                policy.configure(call.data().path("PasswordPolicy"));
            }
        }
        rounds = recording.rounds("iam", "GetAccountSummary");
        for (int round = 0; round < rounds.size(); round++) {
            RecordedCall call = rounds.get(round).get(0);
            if (!call.failed()) {
                sink.draft(AccountFactTypes.IAM_SUMMARY, ACCOUNT, round + 1).accountScoped().region(ItemSink.GLOBAL)
                        .configure(call.data().path("SummaryMap"));
            }
        }
        rounds = recording.rounds("iam", "GetCredentialReport");
        for (int round = 0; round < rounds.size(); round++) {
            RecordedCall call = rounds.get(round).get(0);
            if (!call.failed()) {
                ItemSink.Draft report = sink.draft(AccountFactTypes.IAM_CREDENTIAL_REPORT, ACCOUNT, round + 1)
                        .accountScoped().region(ItemSink.GLOBAL);
                report.configuration.set("generatedTime", ConfigNames.orNull(call.data().path("GeneratedTime")));
                report.configuration.set("users", CredentialReport.rows(call.data().path("Content").asText(null)));
            }
        }
    }

    private static boolean isAwsManaged(JsonNode resource) {
        return resource.path("Arn").asText().startsWith("arn:aws:iam::aws:");
    }
}
