package io.demarc.catalog.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.ControlLanguage;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;

/**
 * The CEL rule engine. The library has compiled and planned every expression once; here each item is converted once
 * and every control covering its type runs on that one conversion, its variables resolved without building a map per
 * evaluation.
 */
public class CelRuleEngine implements RuleEngine {

    private static final String DELETED = "the resource was deleted";

    private final ControlLibrary library;
    private final Today today;
    private final ObservedEvidence observedEvidence;

    public CelRuleEngine(ControlLibrary library) {
        this(library, Clock.systemUTC(), ObservedEvidence.ALWAYS);
    }

    /**
     * @param clock gives {@value ControlLanguage#TODAY}, the date calendar rules (deprecated runtimes) compare with
     * @param observedEvidence when to run the controls' evidence expressions
     */
    public CelRuleEngine(ControlLibrary library, Clock clock, ObservedEvidence observedEvidence) {
        this.library = library;
        this.today = new Today(clock);
        this.observedEvidence = observedEvidence;
    }

    @Override
    public List<Evaluation> evaluate(ConfigurationItem item) {
        return evaluate(PreparedItem.of(item));
    }

    @Override
    public List<Evaluation> evaluate(PreparedItem item) {
        List<CompiledControl> controls = library.forResourceType(item.item().resourceType());
        List<Evaluation> evaluations = new ArrayList<>(controls.size());
        if (item.item().isDeletion()) {
            controls.forEach(control -> evaluations.add(notApplicable(control.control().id(), DELETED, item)));
            return evaluations;
        }
        // The library's list holds item-scoped controls of this type only: no need to check each again.
        CelVariableResolver variables = variables(item);
        ApplicabilityResults applicability = new ApplicabilityResults();
        for (CompiledControl control : controls) {
            evaluations.add(decide(control, item, variables, applicability));
        }
        return evaluations;
    }

    @Override
    public Evaluation evaluate(CompiledControl compiled, PreparedItem item) {
        String controlId = compiled.control().id();
        if (compiled.control().accountScoped()) {
            return notApplicable(controlId, "the control judges a whole account; evaluate it with evaluateAccount",
                    item);
        }
        if (!compiled.control().appliesTo(item.item().resourceType())) {
            return notApplicable(controlId, "the control does not cover resource type " + item.item().resourceType(),
                    item);
        }
        if (item.item().isDeletion()) {
            return notApplicable(controlId, DELETED, item);
        }
        return decide(compiled, item, variables(item), new ApplicabilityResults());
    }

    /** Runs an item-scoped control that covers the item's type on an item that exists. */
    private Evaluation decide(CompiledControl compiled, PreparedItem item, CelVariableResolver variables,
            ApplicabilityResults applicability) {
        String controlId = compiled.control().id();
        try {
            if (compiled.applicability() != null && !applicability.test(compiled.applicability(), variables)) {
                return notApplicable(controlId, "the control's applicability condition excludes this resource", item);
            }
            FindingStatus status = test(compiled.expression(), variables) ? FindingStatus.PASS : FindingStatus.FAIL;
            return new Evaluation(controlId, status, null,
                    new Evidence(observe(compiled, status, variables), item.sha256(), item.captureTime()));
        } catch (CelEvaluationException | RuntimeException e) {
            // A control that cannot decide must say so on its finding, never stop the other controls.
            return new Evaluation(controlId, FindingStatus.ERROR, "evaluation failed: " + e.getMessage(),
                    new Evidence(null, item.sha256(), item.captureTime()));
        }
    }

    @Override
    public List<Evaluation> evaluateAccount(PreparedAccount account) {
        List<CompiledControl> controls = library.accountScoped();
        List<Evaluation> evaluations = new ArrayList<>(controls.size());
        AccountVariables variables = new AccountVariables(account, today.text());
        for (CompiledControl control : controls) {
            evaluations.add(evaluate(control, account, variables));
        }
        return evaluations;
    }

    @Override
    public Evaluation evaluate(CompiledControl compiled, PreparedAccount account) {
        return evaluate(compiled, account, new AccountVariables(account, today.text()));
    }

    private Evaluation evaluate(CompiledControl compiled, PreparedAccount account, AccountVariables variables) {
        String controlId = compiled.control().id();
        Evidence bare = new Evidence(null, account.sha256(), account.captureTime());
        if (!compiled.control().accountScoped()) {
            return new Evaluation(controlId, FindingStatus.NOT_APPLICABLE,
                    "the control judges one item at a time, not an account", bare);
        }
        if (!account.observedAny(compiled.control().resourceTypes())) {
            return new Evaluation(controlId, FindingStatus.NOT_APPLICABLE, "the input holds no data on "
                    + String.join(", ", compiled.control().resourceTypes()) + ", so the control cannot tell", bare);
        }
        try {
            if (compiled.applicability() != null && !test(compiled.applicability(), variables)) {
                return new Evaluation(controlId, FindingStatus.NOT_APPLICABLE,
                        "the control's applicability condition excludes this account and region", bare);
            }
            FindingStatus status = test(compiled.expression(), variables) ? FindingStatus.PASS : FindingStatus.FAIL;
            return new Evaluation(controlId, status, null,
                    new Evidence(observe(compiled, status, variables), bare.itemHash(), bare.itemCaptureTime()));
        } catch (CelEvaluationException | RuntimeException e) {
            return new Evaluation(controlId, FindingStatus.ERROR, "evaluation failed: " + e.getMessage(), bare);
        }
    }

    private static Evaluation notApplicable(String controlId, String why, PreparedItem item) {
        return new Evaluation(controlId, FindingStatus.NOT_APPLICABLE, why,
                new Evidence(null, item.sha256(), item.captureTime()));
    }

    private CelVariableResolver variables(PreparedItem item) {
        Object value = item.value();
        String date = today.text();
        return name -> switch (name) {
            case ControlLanguage.ITEM -> Optional.of(value);
            case ControlLanguage.TODAY -> Optional.of(date);
            default -> Optional.empty();
        };
    }

    static boolean test(CelRuntime.Program program, CelVariableResolver variables)
            throws CelEvaluationException {
        Object result = program.eval(variables);
        if (result instanceof Boolean decided) {
            return decided;
        }
        throw new IllegalStateException("expected a bool but the expression yielded " + result);
    }

    /** The evidence expression's value; a failure there is recorded in the evidence, not turned into an ERROR. */
    private JsonNode observe(CompiledControl compiled, FindingStatus status, CelVariableResolver variables) {
        if (compiled.evidence() == null
                || (observedEvidence == ObservedEvidence.ON_FAILURE && status != FindingStatus.FAIL)) {
            return null;
        }
        try {
            return CelValues.toJson(compiled.evidence().eval(variables));
        } catch (CelEvaluationException | RuntimeException e) {
            return JsonNodeFactory.instance.objectNode().put("evidenceError", e.getMessage());
        }
    }

    /** The variables of an account-scoped control; the items list is built once per account and region. */
    private static final class AccountVariables implements CelVariableResolver {

        private final PreparedAccount account;
        private final String today;
        private List<Object> items;

        AccountVariables(PreparedAccount account, String today) {
            this.account = account;
            this.today = today;
        }

        @Override
        public Optional<Object> find(String name) {
            return switch (name) {
                case ControlLanguage.ITEMS -> Optional.of(items());
                case ControlLanguage.ACCOUNT -> Optional.of(account.accountId());
                case ControlLanguage.REGION -> Optional.of(account.region());
                case ControlLanguage.TODAY -> Optional.of(today);
                default -> Optional.empty();
            };
        }

        private List<Object> items() {
            if (items == null) {
                items = account.values();
            }
            return items;
        }
    }
}
