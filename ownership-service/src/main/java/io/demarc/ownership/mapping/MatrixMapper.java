package io.demarc.ownership.mapping;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.catalog.responsibility.ResourceType;
import io.demarc.catalog.responsibility.Responsibility;
import io.demarc.contracts.TeamRef;
import io.demarc.ownership.model.ResourceTypeUsage;
import io.demarc.ownership.rest.MatrixCellView;
import io.demarc.ownership.rest.MatrixTypeView;

@ApplicationScoped
public class MatrixMapper {

    /** The view of a type in use; a type the model does not know gets {@code known=false} and no domains. */
    public MatrixTypeView toView(ResourceTypeUsage usage, Optional<ResourceType> type,
            List<Responsibility> responsibilities, Function<String, TeamRef> ownerOfDomain) {
        return type.map(known -> new MatrixTypeView(known.type(), true, known.service(), known.model(),
                usage.resourceCount(),
                responsibilities.stream().map(r -> toView(r, r.customerDuty() ? ownerOfDomain.apply(r.domain()) : null))
                        .toList()))
                .orElseGet(() -> new MatrixTypeView(usage.resourceType(), false, null, null, usage.resourceCount(),
                        List.of()));
    }

    public MatrixCellView toView(Responsibility r, TeamRef owner) {
        return new MatrixCellView(r.domain(), r.side(), r.controlClass(), r.aws(), r.customer(), r.overridden(),
                r.note(), r.evidence(), owner, r.customerDuty() && owner == null);
    }
}
