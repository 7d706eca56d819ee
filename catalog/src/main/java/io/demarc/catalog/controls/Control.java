package io.demarc.catalog.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import io.demarc.contracts.Severity;

/**
 * One customer-side control: a check over one AWS Config configuration item, written in CEL against the variable
 * {@code item} (the whole item: {@code item.configuration}, {@code item.tags}, {@code item.resourceType}...).
 *
 * @param id stable identifier, lower-case words joined by dashes; findings and reports refer to it forever
 * @param title one line, in our own words
 * @param description what the control checks and why it matters, in our own words
 * @param resourceTypes AWS Config resource types the control evaluates; other types are not applicable
 * @param domain the responsibility domain the control belongs to, e.g. {@code network-configuration}
 * @param expression CEL, must yield a bool: true when the resource complies; in JSON a string or an array of lines
 * @param applicability optional CEL bool: false makes the control not applicable to this item
 * @param evidence optional CEL of any type: the fields the decision used, recorded with every evaluation
 * @param remediation how to fix a failing resource, in our own words
 * @param references requirement ids per framework key of {@link Frameworks}
 * @param scope {@value #ITEM_SCOPE} (the default, when absent) or {@value #ACCOUNT_SCOPE}: an account-scoped control
 *        judges one account and region at once; its expressions read {@code items} (every item of the account),
 *        {@code account} and {@code region} instead of {@code item}, and {@code resourceTypes} names the types it
 *        reads
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Control(
        String id,
        String title,
        String description,
        Severity severity,
        List<String> resourceTypes,
        String domain,
        @JsonDeserialize(using = ExpressionText.class) String expression,
        @JsonDeserialize(using = ExpressionText.class) String applicability,
        @JsonDeserialize(using = ExpressionText.class) String evidence,
        String remediation,
        Map<String, List<String>> references,
        String scope) {

    /** One item at a time: the default. */
    public static final String ITEM_SCOPE = "item";
    /** One account and region at a time, over all of the account's items. */
    public static final String ACCOUNT_SCOPE = "account";

    /** A control judged one item at a time. */
    public Control(String id, String title, String description, Severity severity, List<String> resourceTypes,
            String domain, String expression, String applicability, String evidence, String remediation,
            Map<String, List<String>> references) {
        this(id, title, description, severity, resourceTypes, domain, expression, applicability, evidence, remediation,
                references, null);
    }

    public Control {
        resourceTypes = copy(resourceTypes);
        references = references == null ? Map.of() : ordered(references);
    }

    /** Keeps the framework keys in the order of {@link Frameworks#ALL}, so every listing shows them alike. */
    private static Map<String, List<String>> ordered(Map<String, List<String>> references) {
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        Frameworks.ALL.stream().filter(references::containsKey)
                .forEach(key -> ordered.put(key, copy(references.get(key))));
        references.forEach((key, ids) -> ordered.putIfAbsent(key, copy(ids)));
        return Collections.unmodifiableMap(ordered);
    }

    /** An unmodifiable copy that keeps null elements, so validation can report them instead of failing here. */
    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Whether the control judges an account and region as a whole rather than one item. */
    @JsonIgnore
    public boolean accountScoped() {
        return ACCOUNT_SCOPE.equals(scope);
    }

    /**
     * Whether this control evaluates items of the given type (for an account-scoped control: reads them). AWS
     * Config's oldest items spell types upper-case.
     */
    public boolean appliesTo(String resourceType) {
        if (resourceType == null) {
            return false;
        }
        for (String covered : resourceTypes) {
            if (covered.equalsIgnoreCase(resourceType)) {
                return true;
            }
        }
        return false;
    }
}
