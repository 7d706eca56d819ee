package io.demarc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class DemarcCliTest {

    FakeDemarc fake;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream originalIn = System.in;

    @BeforeEach
    void start() {
        fake = new FakeDemarc();
    }

    @AfterEach
    void stop() {
        fake.close();
        System.setIn(originalIn);
    }

    int run(String password, String... args) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = DemarcCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String url = fake.url().toString();
        String[] common = {"--keycloak-url", url, "--reporting-url", url, "--inventory-url", url, "--user",
                "acme-analyst", "--password-stdin"};
        String[] all = new String[args.length + common.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(common, 0, all, args.length, common.length);
        return cli.execute(all);
    }

    @Test
    void listsFindingsAfterSigningInWithThePasswordGrant() {
        int exit = run("demarc-demo", "findings", "--tenant", "acme");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("FAIL", "ec2-sg-ssh-open-world", "264683526309/sg-0",
                "1 finding(s), the end of the list");
        assertThat(fake.findingQueries).containsExactly("limit=50");
        assertThat(fake.requests).singleElement().asString().contains("grant_type=password", "client_id=demarc-cli",
                "scope=openid+organization%3A*");
    }

    @Test
    void showsAtMostTheLimitAndTellsTheCursorThatContinues() {
        fake.acmeFindings = 3;

        assertThat(run("demarc-demo", "findings", "--tenant", "acme", "--limit", "2", "--status", "FAIL")).isZero();
        assertThat(rows()).containsExactly("sg-0", "sg-1");
        assertThat(out.toString()).contains("2 finding(s) shown, more follow: add --cursor after-1");

        out.getBuffer().setLength(0);
        assertThat(run("demarc-demo", "findings", "--tenant", "acme", "--limit", "2", "--cursor", "after-1")).isZero();
        assertThat(rows()).containsExactly("sg-2");
        assertThat(out.toString()).contains("1 finding(s), the end of the list");
        assertThat(fake.findingQueries).containsExactly("limit=2&status=FAIL", "limit=2&cursor=after-1");
    }

    @Test
    void followsTheCursorWhenTheLimitPassesTheLargestPage() {
        fake.acmeFindings = 502;

        assertThat(run("demarc-demo", "findings", "--tenant", "acme", "--limit", "501")).isZero();
        assertThat(rows()).hasSize(501).doesNotHaveDuplicates().endsWith("sg-500");
        assertThat(out.toString()).contains("501 finding(s) shown, more follow: add --cursor after-500");
        assertThat(fake.findingQueries).containsExactly("limit=500", "limit=1&cursor=after-499");

        out.getBuffer().setLength(0);
        assertThat(run("demarc-demo", "findings", "--tenant", "acme", "--limit", "5000")).isZero();
        assertThat(rows()).hasSize(502);
        assertThat(out.toString()).contains("502 finding(s), the end of the list");
    }

    @Test
    void refusesALimitBelowOne() {
        assertThat(run("demarc-demo", "findings", "--tenant", "acme", "--limit", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--limit must be 1 or more");
        assertThat(fake.findingQueries).isEmpty();
    }

    @Test
    void tellsAProblemAnswerInOneLine() {
        int exit = run("demarc-demo", "findings", "--tenant", "globex");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("404", "No tenant 'globex' is visible to you.").doesNotContain("Exception");
    }

    @Test
    void tellsARefusedSignIn() {
        int exit = run("wrong", "findings", "--tenant", "acme");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("sign-in refused: Invalid user credentials");
    }

    @Test
    void refusesAnUnreadableImportFile() {
        int exit = run("demarc-demo", "import", "--tenant", "acme", "/nonexistent/items.json");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read /nonexistent/items.json");
    }

    @Test
    void requiresATenant() {
        int exit = run("demarc-demo", "findings");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--tenant=<tenant>'");
    }

    /** The resource ids of the table's rows. */
    private List<String> rows() {
        return out.toString().lines().filter(line -> line.startsWith("FAIL"))
                .map(line -> line.substring(line.lastIndexOf('/') + 1)).toList();
    }
}
