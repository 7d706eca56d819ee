package io.demarc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.demarc.catalog.assess.AssessmentReport;
import io.demarc.catalog.assess.AssessmentRequest;
import io.demarc.catalog.assess.OfflineAssessment;
import io.demarc.catalog.assess.RecordedState;
import io.demarc.catalog.assess.UnreadableInputException;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.contracts.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Assesses local files with the shipped catalog, no server needed. Exit 0 whatever the findings; 1 when
 * {@code --fail-on} is given and a FAIL at that severity or worse is found; 2 for an unusable input or option.
 */
@Command(name = "assess", mixinStandardHelpOptions = true, description = {
        "Assess AWS Config item files and recorded AWS API responses offline with Demarc's controls.",
        "Exit status: 0 done (whatever the findings), 1 --fail-on was met, 2 bad input or option."})
class AssessCommand implements Callable<Integer> {

    /** Exit status when --fail-on is met: distinct from 2, which means the assessment could not run. */
    static final int FAIL_ON_MET = 1;

    enum Format {
        table, json, csv
    }

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "PATH", description = {
            "AWS Config items (any shape: item, array, snapshot, notification, Config-rule event, API answers),",
            "or a directory or .zip of recorded API responses (<service>.<Operation>_<N>.json). Repeatable."})
    List<Path> inputs;

    @Option(names = "--account-id", description = "Account id (12 digits) where the data does not say.")
    String accountId;

    @Option(names = "--region", description = "Region where the data does not say, e.g. us-east-1.")
    String region;

    @Option(names = "--framework", description = "Only controls citing this framework: ${COMPLETION-CANDIDATES}.", completionCandidates = FrameworkKeys.class)
    String framework;

    @Option(names = "--format", defaultValue = "table", description = "table (default), json or csv.")
    Format format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when a FAIL of this severity or worse is found: ${COMPLETION-CANDIDATES}.")
    Severity failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (framework != null && !Frameworks.ALL.contains(framework)) {
            throw new CliException("unknown framework '" + framework + "'; known: " + String.join(", ",
                    Frameworks.ALL), 2);
        }
        AssessmentReport report;
        try {
            report = new OfflineAssessment(ControlLibrary.load()).assess(
                    new AssessmentRequest(inputs, accountId, region, framework, RecordedState.LAST));
        } catch (UnreadableInputException | IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> ReportFormats.json(report, out);
            case csv -> ReportFormats.csv(report, out);
            default -> ReportFormats.table(report, out);
        }
        out.flush();
        if (failOn != null && report.failsAtOrAbove(failOn)) {
            spec.commandLine().getErr().printf("failing: findings at severity %s or worse%n",
                    failOn.name().toLowerCase(Locale.ROOT));
            return FAIL_ON_MET;
        }
        return 0;
    }

    /** The framework keys, for help and completion. */
    static final class FrameworkKeys implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Frameworks.ALL.iterator();
        }
    }
}
