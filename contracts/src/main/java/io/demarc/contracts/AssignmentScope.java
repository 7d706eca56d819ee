package io.demarc.contracts;

import java.util.Map;
import java.util.Objects;

/**
 * Where an assignment applies. Scopes are ranked by specificity: when several assignments of one domain match a
 * resource, the most specific wins (one resource, then a tag selector, then a resource type, then an account, then
 * the whole tenant).
 *
 * @param value null for TENANT; the 12-digit account id for ACCOUNT; e.g. {@code AWS::EKS::Cluster} for RESOURCE_TYPE;
 *        {@code key=value} for TAG; for RESOURCE the resource's ARN or {@code accountId/region/resourceType/resourceId}
 */
public record AssignmentScope(Kind kind, String value) {

    public enum Kind {
        TENANT(1), ACCOUNT(2), RESOURCE_TYPE(3), TAG(4), RESOURCE(5);

        private final int specificity;

        Kind(int specificity) {
            this.specificity = specificity;
        }

        /** Higher is more specific. */
        public int specificity() {
            return specificity;
        }
    }

    public static AssignmentScope tenant() {
        return new AssignmentScope(Kind.TENANT, null);
    }

    /** Whether a resource with these tags falls under this scope. */
    public boolean matches(ResourceRef resource, Map<String, String> tags) {
        return switch (kind) {
            case TENANT -> true;
            case ACCOUNT -> Objects.equals(value, resource.accountId());
            case RESOURCE_TYPE -> value != null && value.equalsIgnoreCase(resource.resourceType());
            case TAG -> matchesTag(tags);
            case RESOURCE -> Objects.equals(value, resource.arn()) || Objects.equals(value, resourcePath(resource));
        };
    }

    /** Whether this scope can only be told apart from {@code other} by the resources they match: same kind and value. */
    public boolean sameAs(AssignmentScope other) {
        return kind == other.kind && Objects.equals(normalizedValue(), other.normalizedValue());
    }

    /** The RESOURCE scope value of a resource without an ARN. */
    public static String resourcePath(ResourceRef resource) {
        return String.join("/", resource.accountId(), String.valueOf(resource.awsRegion()), resource.resourceType(),
                resource.resourceId());
    }

    private boolean matchesTag(Map<String, String> tags) {
        if (value == null || tags == null) {
            return false;
        }
        int equals = value.indexOf('=');
        if (equals <= 0) {
            return false;
        }
        return value.substring(equals + 1).equals(tags.get(value.substring(0, equals)));
    }

    private String normalizedValue() {
        return kind == Kind.RESOURCE_TYPE && value != null ? value.toLowerCase(java.util.Locale.ROOT) : value;
    }
}
