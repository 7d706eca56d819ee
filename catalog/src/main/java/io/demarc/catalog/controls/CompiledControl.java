package io.demarc.catalog.controls;

import dev.cel.runtime.CelRuntime;

/**
 * A control with its expressions compiled, type-checked and planned: ready to evaluate any number of items. Programs
 * are immutable and safe to share between threads.
 *
 * @param applicability null when the control applies to every item of its resource types
 * @param evidence null when the control records no observed fields
 */
public record CompiledControl(
        Control control,
        CelRuntime.Program expression,
        CelRuntime.Program applicability,
        CelRuntime.Program evidence) {
}
