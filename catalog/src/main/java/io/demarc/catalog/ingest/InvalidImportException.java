package io.demarc.catalog.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** An import that cannot be accepted as a whole; {@link #problems()} names every item and field at fault. */
public class InvalidImportException extends RuntimeException {

    private static final int PROBLEMS_IN_MESSAGE = 5;

    private final transient List<ImportProblem> problems;

    public InvalidImportException(List<ImportProblem> problems) {
        super(summarize(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summarize(List<ImportProblem> problems) {
        String shown = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(ImportProblem::toString)
                .collect(Collectors.joining("; "));
        int more = problems.size() - PROBLEMS_IN_MESSAGE;
        return more > 0 ? shown + "; and " + more + " more problem(s)" : shown;
    }
}
