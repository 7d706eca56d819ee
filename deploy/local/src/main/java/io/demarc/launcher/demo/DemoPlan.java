package io.demarc.launcher.demo;

import java.util.List;

/**
 * What the local stack's demo shows besides the AWS Config items of {@code demo/<tenant>.json}: the tenants and
 * their accounts registered in inventory, teams and assignments in ownership (some duties owned, the rest left
 * unowned on purpose), exceptions and an attestation in assessment. Every value here is made up for the demo.
 */
public final class DemoPlan {

    /** The MSP's platform-admin of the realm file: registers tenants and accounts, imports, starts collections. */
    public static final String OPERATOR = "msp-operator";

    public record Account(String accountId, String name, String environment, String region) {
    }

    public record Team(String name, String contactEmail) {
    }

    /** @param scopeValue null for TENANT */
    public record Assignment(String domain, String scopeKind, String scopeValue, String team, String role) {
    }

    /**
     * A risk accepted for one control on one resource (scope RESOURCE, by ARN).
     *
     * @param approver null: stays REQUESTED; otherwise a second person who approves it (four eyes)
     */
    public record RiskException(String requester, String approver, String controlId, String resourceArn,
            String justification, int expiresInDays) {
    }

    /** A MANUAL requirement attested today, valid for {@code validDays}. */
    public record Attestation(String framework, String requirementId, String statement, String evidenceFileName,
            String evidence, int validDays) {
    }

    /** @param admin the tenant-admin who does the tenant's own administration */
    public record Tenant(String id, String name, String admin, List<Account> accounts, List<Team> teams,
            List<Assignment> assignments, List<RiskException> exceptions, List<Attestation> attestations) {
    }

    static final Tenant ACME = new Tenant("acme", "Acme Corp", "acme-admin",
            List.of(new Account("111122223333", "Acme production", "production", "eu-west-1"),
                    new Account("111122224444", "Acme analytics (staging)", "staging", "us-east-1")),
            List.of(new Team("Platform", "platform@acme.example"), new Team("App team", "apps@acme.example"),
                    new Team("Security", "security@acme.example")),
            List.of(new Assignment("identity-access", "TENANT", null, "Security", "RESPONSIBLE"),
                    new Assignment("identity-access", "TENANT", null, "Security", "ACCOUNTABLE"),
                    new Assignment("guest-os-patching", "RESOURCE_TYPE", "AWS::EC2::Instance", "Platform",
                            "RESPONSIBLE"),
                    new Assignment("encryption-at-rest", "RESOURCE_TYPE", "AWS::RDS::DBInstance", "Platform",
                            "RESPONSIBLE"),
                    new Assignment("backup-recovery", "ACCOUNT", "111122223333", "Platform", "RESPONSIBLE"),
                    new Assignment("platform-runtime", "RESOURCE_TYPE", "AWS::Lambda::Function", "App team",
                            "RESPONSIBLE"),
                    new Assignment("configuration-management", "TAG", "Owner=web-team", "App team", "RESPONSIBLE")),
            List.of(new RiskException("acme-analyst", null, "s3-bucket-public-access-block",
                    "arn:aws:s3:::acme-marketing-assets",
                    "The marketing site serves these assets publicly by design; the bucket holds nothing else.",
                    90),
                    new RiskException("acme-admin", "acme-admin2", "lambda-function-supported-runtime",
                            "arn:aws:lambda:us-east-1:111122224444:function:acme-legacy-webhook",
                            "The staging webhook is retired with the v2 release this week; porting it to a newer"
                                    + " runtime first would be wasted work.",
                            5)),
            List.of(new Attestation("iso27001-2022", "A.5.1",
                    "The information security policy (version 3) was approved by the board and communicated to all"
                            + " staff; it is reviewed yearly.",
                    "acme-security-policy-approval.txt",
                    "Acme Corp - board minutes (extract, demo data)\n\nThe board approved the information security"
                            + " policy, version 3, and its communication to all staff.\n",
                    365)));

    static final Tenant GLOBEX = new Tenant("globex", "Globex Corporation", "globex-admin",
            List.of(new Account("555566667777", "Globex production", "production", "us-west-2")),
            List.of(new Team("Platform", "platform@globex.example"), new Team("Security", "security@globex.example")),
            List.of(new Assignment("identity-access", "TENANT", null, "Security", "RESPONSIBLE"),
                    new Assignment("platform-runtime", "TENANT", null, "Platform", "RESPONSIBLE")),
            // globex has one tenant-admin: the MSP's platform-admin is the second pair of eyes.
            List.of(new RiskException("globex-admin", OPERATOR, "ec2-instance-imdsv2-required",
                    "arn:aws:ec2:us-west-2:555566667777:instance/i-05e9d2c4b1a3f7e61",
                    "The jumpbox runs a vendor agent that only speaks IMDSv1; it is replaced next quarter.", 60)),
            List.of());

    public static final List<Tenant> TENANTS = List.of(ACME, GLOBEX);

    private DemoPlan() {
    }
}
