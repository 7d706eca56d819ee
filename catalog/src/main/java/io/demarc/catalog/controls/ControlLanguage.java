package io.demarc.catalog.controls;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.checker.CelStandardDeclarations;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelStandardFunctions;

/**
 * The language control expressions are written in: CEL over {@value #ITEM}, the configuration item as a map (or, for
 * account-scoped controls, {@value #ITEMS}, {@value #ACCOUNT} and {@value #REGION}), plus {@value #TODAY}, the date of
 * the evaluation, for rules that follow a calendar. Expressions are compiled and type-checked once, and bounded so that no control (including one a tenant
 * writes) can run away: a size limit on the source, a nesting limit on the parser, and an iteration budget on every
 * evaluation.
 */
public final class ControlLanguage {

    /** The variable every expression reads: the configuration item as a map of JSON values. */
    public static final String ITEM = "item";
    /** Account-scoped controls: every item of the account, each a map like {@value #ITEM}. */
    public static final String ITEMS = "items";
    /** Account-scoped controls: the account id. */
    public static final String ACCOUNT = "account";
    /** Account-scoped controls: the region judged. */
    public static final String REGION = "region";
    /** The evaluation date as {@code yyyy-MM-dd} (UTC): ISO dates compare as strings, so calendars need no parsing. */
    public static final String TODAY = "today";
    /** Longest accepted expression, in code points. */
    public static final int MAX_EXPRESSION_LENGTH = 10_000;
    /** Iterations of all comprehensions ({@code exists}, {@code all}, {@code filter}...) in one evaluation. */
    public static final int MAX_ITERATIONS = 50_000;
    private static final int MAX_NESTING = 64;

    private static final CelOptions OPTIONS = CelOptions.current()
            .maxExpressionCodePointSize(MAX_EXPRESSION_LENGTH)
            .maxParseRecursionDepth(MAX_NESTING)
            .comprehensionMaxIterations(MAX_ITERATIONS)
            // Ports and counts may come as 22 or 22.0 depending on the source; compare them as numbers.
            .enableHeterogeneousNumericComparisons(true)
            .build();
    private static final Cel CEL = base()
            .addVar(ITEM, MapType.create(SimpleType.STRING, SimpleType.DYN))
            .build();
    private static final Cel ACCOUNT_CEL = base()
            .addVar(ITEMS, ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN)))
            .addVar(ACCOUNT, SimpleType.STRING)
            .addVar(REGION, SimpleType.STRING)
            .build();

    private ControlLanguage() {
    }

    private static CelBuilder base() {
        return CelFactory.standardCelBuilder()
                .setOptions(OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addCompilerLibraries(CelExtensions.strings(), CelExtensions.bindings())
                .addRuntimeLibraries(CelExtensions.strings())
                // The standard environment, but matches() from RegexCache: CEL's own compiles the pattern per call.
                .setStandardEnvironmentEnabled(false)
                .setStandardDeclarations(CelStandardDeclarations.newBuilder().build())
                .setStandardFunctions(CelStandardFunctions.newBuilder()
                        .excludeFunctions(CelStandardFunctions.StandardFunction.MATCHES).build())
                .addFunctionBindings(new RegexCache(OPTIONS).bindings())
                // Hot checks in Java: the same comprehensions in CEL were most of a security group's or policy's cost.
                .addFunctionDeclarations(NetworkFunctions.declarations())
                .addFunctionBindings(NetworkFunctions.bindings())
                .addFunctionDeclarations(NetworkAclFunctions.declarations())
                .addFunctionBindings(NetworkAclFunctions.bindings())
                .addFunctionDeclarations(PolicyFunctions.declarations())
                .addFunctionBindings(PolicyFunctions.bindings())
                .addFunctionDeclarations(PolicyDocumentFunctions.declarations())
                .addFunctionBindings(PolicyDocumentFunctions.bindings())
                .addFunctionDeclarations(ManagedPolicyFunctions.declarations())
                .addFunctionBindings(ManagedPolicyFunctions.bindings())
                .addFunctionDeclarations(LambdaRuntimeFunctions.declarations())
                .addFunctionBindings(LambdaRuntimeFunctions.bindings())
                .addFunctionDeclarations(EksFunctions.declarations())
                .addFunctionBindings(EksFunctions.bindings())
                .addFunctionDeclarations(ListFunctions.declarations())
                .addFunctionBindings(ListFunctions.bindings())
                .addVar(TODAY, SimpleType.STRING);
    }

    /** Compiles every expression of a control; the message of the exception names the control and the field. */
    public static CompiledControl compile(Control control) {
        Cel cel = control.accountScoped() ? ACCOUNT_CEL : CEL;
        return new CompiledControl(control,
                program(cel, control.id(), "expression", control.expression(), true),
                control.applicability() == null
                        ? null
                        : program(cel, control.id(), "applicability", control.applicability(), true),
                control.evidence() == null
                        ? null
                        : program(cel, control.id(), "evidence", control.evidence(), false));
    }

    private static CelRuntime.Program program(Cel cel, String controlId, String field, String source,
            boolean mustBeBool) {
        CelAbstractSyntaxTree ast = check(cel, controlId, field, source, mustBeBool);
        try {
            return cel.createProgram(ast);
        } catch (CelEvaluationException e) {
            throw new ControlDefinitionException(
                    "control '" + controlId + "': " + field + " cannot be planned: " + e.getMessage(), e);
        }
    }

    private static CelAbstractSyntaxTree check(Cel cel, String controlId, String field, String source,
            boolean mustBeBool) {
        if (source == null || source.isBlank()) {
            throw new ControlDefinitionException("control '" + controlId + "': " + field + " is empty");
        }
        CelAbstractSyntaxTree ast;
        try {
            CelValidationResult result = cel.compile(source);
            ast = result.getAst();
        } catch (CelValidationException e) {
            throw new ControlDefinitionException(
                    "control '" + controlId + "': " + field + " does not compile: " + e.getMessage(), e);
        }
        if (mustBeBool && !SimpleType.BOOL.equals(ast.getResultType())) {
            throw new ControlDefinitionException("control '" + controlId + "': " + field
                    + " must yield a bool but yields " + ast.getResultType().name());
        }
        return ast;
    }
}
