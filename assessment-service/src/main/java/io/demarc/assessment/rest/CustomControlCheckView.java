package io.demarc.assessment.rest;

import java.util.List;

/**
 * The answer of {@code /validate} when the expressions would be accepted (a refusal is the same 400 problem+json, with
 * {@code field}, {@code line} and {@code column}, that creating the control would answer).
 *
 * @param checked the expressions that were compiled and type-checked: expression, applicability, evidence
 */
public record CustomControlCheckView(boolean valid, List<String> checked) {
}
