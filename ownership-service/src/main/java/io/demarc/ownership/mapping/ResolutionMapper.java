package io.demarc.ownership.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.catalog.responsibility.Side;
import io.demarc.ownership.rest.ResolutionView;
import io.demarc.ownership.service.Resolution;

@ApplicationScoped
public class ResolutionMapper {

    public ResolutionView toView(Resolution r) {
        boolean unowned = r.side() != null && r.side() != Side.AWS && r.responsible() == null;
        return new ResolutionView(r.resource(), r.tags(), r.domain(), r.side(), unowned, owner(r.responsible()),
                owner(r.accountable()));
    }

    private static ResolutionView.OwnerView owner(Resolution.Winner winner) {
        return winner == null
                ? null
                : new ResolutionView.OwnerView(winner.assignment().assignmentId(), winner.assignment().team(),
                        winner.assignment().role(), winner.assignment().scope(), winner.why());
    }
}
