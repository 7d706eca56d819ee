package io.demarc.assessment.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.model.StatusFlip;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class StatusFlipRepository implements PanacheRepository<StatusFlip> {

    /** The finding's timeline, oldest first. */
    public List<StatusFlip> ofFinding(String tenantId, String findingId) {
        return list("tenantId = ?1 and findingId = ?2 order by id", tenantId, findingId);
    }

    /** Forgets the timelines of every finding of a control; call before the control's evaluations are deleted. */
    public int deleteOfControl(String tenantId, String controlId) {
        return getEntityManager().createNativeQuery("delete from status_flip f using evaluation e"
                + " where f.tenant_id = ?1 and e.tenant_id = ?1 and e.control_id = ?2 and f.finding_id = e.finding_id")
                .setParameter(1, tenantId).setParameter(2, controlId).executeUpdate();
    }
}
