package io.demarc.assessment.framework.service;

import io.demarc.catalog.frameworks.Fulfilment;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.catalog.responsibility.Side;

/**
 * Which requirements take attestations: those no control checks (MANUAL) and those AWS and the customer share, whose
 * customer part an AWS report does not cover.
 */
public final class Attestability {

    private Attestability() {
    }

    public static boolean attestable(Requirement requirement) {
        return requirement.fulfilment() == Fulfilment.MANUAL || requirement.side() == Side.SHARED;
    }
}
