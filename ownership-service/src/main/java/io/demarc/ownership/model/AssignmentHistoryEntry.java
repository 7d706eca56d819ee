package io.demarc.ownership.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.demarc.contracts.AssignmentChanged;

/** One change of one assignment; the table is append-only. */
@Entity
@Immutable
@Table(name = "assignment_history")
public class AssignmentHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentChanged.Change change;

    /** The user who made the change: the token's preferred username, else its subject. */
    @Column(nullable = false)
    public String actor;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** JSON of the published assignment before the change; null when it was created. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state", columnDefinition = "jsonb")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state", nullable = false, columnDefinition = "jsonb")
    public String after;
}
