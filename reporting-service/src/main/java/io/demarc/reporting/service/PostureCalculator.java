package io.demarc.reporting.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.Fulfilment;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.catalog.responsibility.Side;
import io.demarc.reporting.model.ControlTally;
import io.demarc.reporting.rest.FrameworkPosture;
import io.demarc.reporting.rest.RequirementPosture;
import io.demarc.reporting.rest.RequirementStatus;

/**
 * Turns the per-control counters and today's attestations into the status of each requirement and the figures of
 * each framework. Pure: the same counters always give the same posture.
 */
public final class PostureCalculator {

    private final Map<String, ControlTally> tallies;

    /** @param tallies the counters of the controls, by control id (controls never evaluated are absent) */
    public PostureCalculator(Map<String, ControlTally> tallies) {
        this.tallies = tallies;
    }

    /** @param attested ids of this framework's requirements with an attestation valid today */
    public RequirementPosture requirement(Requirement requirement, Set<String> attested) {
        long failing = 0;
        long excepted = 0;
        boolean evaluated = false;
        for (String controlId : requirement.controlIds()) {
            ControlTally tally = tallies.get(controlId);
            if (tally != null) {
                failing += tally.failing();
                excepted += tally.excepted();
                evaluated |= tally.evaluated();
            }
        }
        return new RequirementPosture(requirement.id(), requirement.title(), requirement.side(),
                requirement.fulfilment(), status(requirement, attested, failing, evaluated),
                requirement.awsAttestation(), requirement.controlIds(), failing, excepted);
    }

    public FrameworkPosture framework(Framework framework, Set<String> attested) {
        Map<RequirementStatus, Integer> byStatus = new EnumMap<>(RequirementStatus.class);
        Map<Side, Integer> bySide = new EnumMap<>(Side.class);
        List<Requirement> requirements = framework.requirements();
        for (Requirement requirement : requirements) {
            byStatus.merge(requirement(requirement, attested).status(), 1, Integer::sum);
            bySide.merge(requirement.side(), 1, Integer::sum);
        }
        int total = requirements.size();
        int inherited = byStatus.getOrDefault(RequirementStatus.INHERITED, 0);
        int passing = byStatus.getOrDefault(RequirementStatus.PASSING, 0);
        int attestedCount = byStatus.getOrDefault(RequirementStatus.ATTESTED, 0);
        return new FrameworkPosture(framework.key(), framework.title(), framework.version(), total, inherited,
                bySide.getOrDefault(Side.SHARED, 0), bySide.getOrDefault(Side.CUSTOMER, 0), passing,
                byStatus.getOrDefault(RequirementStatus.FAILING, 0), attestedCount,
                byStatus.getOrDefault(RequirementStatus.UNATTESTED, 0),
                byStatus.getOrDefault(RequirementStatus.NOT_ASSESSED, 0),
                score(inherited + passing + attestedCount, total));
    }

    /** Percentage with one decimal; a framework without requirements scores 0 rather than dividing by zero. */
    static double score(int met, int total) {
        return total == 0 ? 0 : Math.round(1000.0 * met / total) / 10.0;
    }

    private static RequirementStatus status(Requirement requirement, Set<String> attested, long failing,
            boolean evaluated) {
        if (requirement.fulfilment() == Fulfilment.INHERITED) {
            return RequirementStatus.INHERITED;
        }
        if (requirement.fulfilment() == Fulfilment.MANUAL) {
            return attested.contains(requirement.id()) ? RequirementStatus.ATTESTED : RequirementStatus.UNATTESTED;
        }
        if (failing > 0) {
            return RequirementStatus.FAILING;
        }
        return evaluated ? RequirementStatus.PASSING : RequirementStatus.NOT_ASSESSED;
    }
}
