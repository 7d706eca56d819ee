package io.demarc.catalog.engine;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;

/**
 * The applicability decisions taken on one item, so that controls sharing an applicability program (the library
 * shares one per distinct text) decide it once. An item meets a handful of programs: a linear search by identity is
 * all it needs. An error is not remembered: each control that asks meets it again and reports it.
 */
final class ApplicabilityResults {

    private static final int MOST_PROGRAMS = 8;

    private final CelRuntime.Program[] programs = new CelRuntime.Program[MOST_PROGRAMS];
    private final boolean[] results = new boolean[MOST_PROGRAMS];
    private int size;

    boolean test(CelRuntime.Program program, CelVariableResolver variables) throws CelEvaluationException {
        for (int i = 0; i < size; i++) {
            if (programs[i] == program) {
                return results[i];
            }
        }
        boolean result = CelRuleEngine.test(program, variables);
        if (size < MOST_PROGRAMS) {
            programs[size] = program;
            results[size] = result;
            size++;
        }
        return result;
    }
}
