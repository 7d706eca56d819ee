package io.demarc.catalog.engine;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;

/**
 * The CEL rule engine. The library has compiled every expression once; here each item is converted once and every
 * control covering its type runs on that one conversion.
 */
public class CelRuleEngine implements RuleEngine {

    private final ControlLibrary library;

    public CelRuleEngine(ControlLibrary library) {
        this.library = library;
    }

    @Override
    public List<Evaluation> evaluate(ConfigurationItem item) {
        return evaluate(PreparedItem.of(item));
    }

    @Override
    public List<Evaluation> evaluate(PreparedItem item) {
        return library.forResourceType(item.item().resourceType()).stream()
                .map(control -> evaluate(control, item))
                .toList();
    }

    @Override
    public Evaluation evaluate(CompiledControl compiled, PreparedItem item) {
        String controlId = compiled.control().id();
        Evidence bare = new Evidence(null, item.sha256(), item.captureTime());
        if (!compiled.control().appliesTo(item.item().resourceType())) {
            return new Evaluation(controlId, FindingStatus.NOT_APPLICABLE,
                    "the control does not cover resource type " + item.item().resourceType(), bare);
        }
        if (item.item().isDeletion()) {
            return new Evaluation(controlId, FindingStatus.NOT_APPLICABLE, "the resource was deleted", bare);
        }
        try {
            if (compiled.applicability() != null && !test(compiled.applicability(), item)) {
                return new Evaluation(controlId, FindingStatus.NOT_APPLICABLE,
                        "the control's applicability condition excludes this resource", bare);
            }
            FindingStatus status = test(compiled.expression(), item) ? FindingStatus.PASS : FindingStatus.FAIL;
            return new Evaluation(controlId, status, null,
                    new Evidence(observe(compiled, item), item.sha256(), item.captureTime()));
        } catch (CelEvaluationException | RuntimeException e) {
            // A control that cannot decide must say so on its finding, never stop the other controls.
            return new Evaluation(controlId, FindingStatus.ERROR, "evaluation failed: " + e.getMessage(), bare);
        }
    }

    private static boolean test(CelRuntime.Program program, PreparedItem item) throws CelEvaluationException {
        Object result = program.eval(item.activation());
        if (result instanceof Boolean decided) {
            return decided;
        }
        throw new IllegalStateException("expected a bool but the expression yielded " + result);
    }

    /** The evidence expression's value; a failure there is recorded in the evidence, not turned into an ERROR. */
    private static JsonNode observe(CompiledControl compiled, PreparedItem item) {
        if (compiled.evidence() == null) {
            return null;
        }
        try {
            return CelValues.toJson(compiled.evidence().eval(item.activation()));
        } catch (CelEvaluationException | RuntimeException e) {
            return JsonNodeFactory.instance.objectNode().put("evidenceError", e.getMessage());
        }
    }
}
