package io.demarc.reporting.service;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.reporting.repository.MatrixRepository;
import io.demarc.reporting.repository.TenantRepository;
import io.demarc.reporting.rest.FrameworkPosture;
import io.demarc.reporting.rest.TenantRollup;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;

/** Every tenant's scores and unowned duties, for the MSP operator, paged by tenant id. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RollupService {

    @Inject
    TenantRepository tenants;

    @Inject
    PostureService posture;

    @Inject
    MatrixRepository matrix;

    public CursorPage<TenantRollup> page(CursorRequest request) {
        return CursorPage.of(tenants.page(request.after(), request.fetchSize()), request, tenantId -> tenantId,
                this::rollup);
    }

    private TenantRollup rollup(String tenantId) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (FrameworkPosture framework : posture.posture(tenantId, null).frameworks()) {
            scores.put(framework.framework(), framework.score());
        }
        return new TenantRollup(tenantId, scores, matrix.unownedDuties(tenantId));
    }
}
