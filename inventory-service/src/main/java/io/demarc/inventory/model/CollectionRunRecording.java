package io.demarc.inventory.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The raw AWS answers of one step, as a zip of recorded responses: the evidence behind its items. */
@Entity
@Table(name = "collection_recording")
public class CollectionRunRecording {

    @Id
    @Column(name = "step_id")
    public Long stepId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false)
    public byte[] zip;
}
