package io.demarc.contracts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Answers {@code (resource, domain, day) → owner} from a tenant's assignments. Ownership, assessment and reporting
 * all resolve with this one rule: among the active assignments of the domain with the asked RACI role whose scope
 * matches the resource, the most specific scope wins. Ownership rejects ties when assignments are created; should
 * one still occur (two tag selectors on one resource), the earlier assignment wins so every service answers alike.
 */
public final class OwnerResolver {

    private static final Comparator<Assignment> PRECEDENCE = Comparator
            .comparingInt((Assignment a) -> a.scope().kind().specificity()).reversed()
            .thenComparing(Assignment::assignedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Assignment::assignmentId, Comparator.nullsLast(Comparator.naturalOrder()));

    private OwnerResolver() {
    }

    /** The RESPONSIBLE assignment that decides the owner, if any. */
    public static Optional<Assignment> resolve(Collection<Assignment> assignments, ResourceRef resource,
            Map<String, String> tags, String domain, LocalDate day) {
        return resolve(assignments, resource, tags, domain, day, RaciRole.RESPONSIBLE);
    }

    public static Optional<Assignment> resolve(Collection<Assignment> assignments, ResourceRef resource,
            Map<String, String> tags, String domain, LocalDate day, RaciRole role) {
        return assignments.stream()
                .filter(a -> a.role() == role && domain.equals(a.domain()) && a.activeOn(day))
                .filter(a -> a.scope().matches(resource, tags))
                .min(PRECEDENCE);
    }
}
