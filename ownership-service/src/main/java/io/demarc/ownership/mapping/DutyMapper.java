package io.demarc.ownership.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.ownership.model.DutyArrival;
import io.demarc.ownership.model.TenantResource;
import io.demarc.ownership.rest.DutyArrivalView;
import io.demarc.ownership.rest.UnownedDutyView;
import io.demarc.ownership.service.UnownedDuty;

@ApplicationScoped
public class DutyMapper {

    /** How many uncovered resources a duty lists; the count says how many there are in all. */
    public static final int FIRST = 20;

    public UnownedDutyView toView(UnownedDuty duty) {
        return new UnownedDutyView(duty.resourceType(), duty.domain(), duty.side(), duty.resourceCount(),
                duty.uncovered().size(), duty.uncovered().stream().limit(FIRST).map(TenantResource::ref).toList());
    }

    public DutyArrivalView toView(DutyArrival arrival) {
        return new DutyArrivalView(arrival.resourceType, arrival.serviceModel, arrival.arrivedAt,
                arrival.newDuties);
    }
}
