package io.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.EventCodec;

import picocli.CommandLine;

/** {@code demarc assess} on the shared recordings, no server anywhere. */
class AssessCommandTest {

    static final Path RECORDINGS = Path.of("..", "..", "shared", "data", "aws-api-recordings");
    static final String SSH_FOLDER = RECORDINGS.resolve("test_only_ports_and_cidr_ingress").toString();

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = DemarcCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsATableAndExitsZeroWhateverTheFindings() {
        int exit = run("assess", "--input", SSH_FOLDER, "--region", "us-east-1");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("STATUS", "FAIL", "ec2-sg-ssh-open-world", "sg-0d40e803b8b644e79",
                "19 resource(s)");
    }

    @Test
    void printsTheFindingsAsJsonWithReferencesAndASummary() throws Exception {
        int exit = run("assess", "--input", RECORDINGS.resolve("test_account_missing_password_policy").toString(),
                "--account-id", "644160558196", "--region", "us-east-1", "--format", "json");

        assertThat(exit).isZero();
        JsonNode report = EventCodec.mapper().readTree(out.toString());
        JsonNode finding = null;
        for (JsonNode candidate : report.path("findings")) {
            if (candidate.path("controlId").asText().equals("iam-password-policy-min-length")) {
                finding = candidate;
            }
        }
        assertThat(finding).isNotNull();
        assertThat(finding.path("status").asText()).isEqualTo("FAIL");
        assertThat(finding.path("resourceType").asText()).isEqualTo("Demarc::IAM::PasswordPolicy");
        assertThat(finding.path("accountId").asText()).isEqualTo("644160558196");
        assertThat(finding.path("references").path("cis-aws-3.0").get(0).asText()).isEqualTo("1.8");
        assertThat(report.path("summary").path("byStatus").path("FAIL").asInt()).isPositive();
    }

    @Test
    void printsCsvWithAHeaderRow() {
        int exit = run("assess", "-i", SSH_FOLDER, "--region", "us-east-1", "--format", "csv", "--framework",
                "cis-aws-3.0");

        assertThat(exit).isZero();
        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("controlId,status,severity,resourceType,resourceId,resourceName,arn,"
                + "accountId,region,references");
        assertThat(out.toString()).contains("ec2-sg-ssh-open-world,FAIL,HIGH,AWS::EC2::SecurityGroup,"
                + "sg-0d40e803b8b644e79").doesNotContain("ec2-sg-high-risk-ports-open-world");
    }

    @Test
    void exitsOneWhenFailOnIsMet() {
        assertThat(run("assess", "-i", SSH_FOLDER, "--region", "us-east-1", "--fail-on", "HIGH")).isEqualTo(1);
        assertThat(err.toString()).contains("failing");
        assertThat(run("assess", "-i", RECORDINGS.resolve("test_key_rotation").toString(), "--fail-on", "LOW"))
                .isZero();
    }

    @Test
    void exitsTwoNamingAnUnreadableInput() {
        int exit = run("assess", "--input", "/nonexistent/items.json");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("/nonexistent/items.json", "no such file").doesNotContain("Exception");
    }

    @Test
    void exitsTwoWhenTheRegionIsNeitherInTheDataNorGiven() {
        assertThat(run("assess", "-i", SSH_FOLDER)).isEqualTo(2);
        assertThat(err.toString()).contains("test_only_ports_and_cidr_ingress", "give the region");
    }

    @Test
    void exitsTwoForAFileThatIsNoConfigItem() {
        int exit = run("assess", "--input", RECORDINGS.resolve("EXPECTED.md").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("EXPECTED.md");
    }

    @Test
    void exitsTwoForAnUnknownFramework() {
        assertThat(run("assess", "-i", SSH_FOLDER, "--framework", "cis-9")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown framework 'cis-9'");
    }
}
