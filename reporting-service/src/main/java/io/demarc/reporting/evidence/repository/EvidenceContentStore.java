package io.demarc.reporting.evidence.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The ZIP of each finished package, in its own table so status reads never load it. */
@ApplicationScoped
public class EvidenceContentStore {

    @Inject
    EntityManager em;

    public void store(UUID packageId, String tenantId, byte[] zip) {
        em.createNativeQuery("insert into evidence_package_content (package_id, tenant_id, content)"
                + " values (?1, ?2, ?3)").setParameter(1, packageId).setParameter(2, tenantId)
                .setParameter(3, zip).executeUpdate();
    }

    /** The ZIP, looked up with the tenant as well so a package id alone never reaches another tenant's bytes. */
    public Optional<byte[]> load(String tenantId, UUID packageId) {
        return em.createNativeQuery("select content from evidence_package_content where package_id = ?1"
                + " and tenant_id = ?2", byte[].class).setParameter(1, packageId).setParameter(2, tenantId)
                .getResultStream().findFirst().map(byte[].class::cast);
    }
}
