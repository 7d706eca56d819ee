package io.demarc.ownership.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.demarc.contracts.Assignment;
import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.RaciRole;

/** An assignment as this service keeps it; {@link Assignment} is the form it is published and resolved in. */
@Entity
@Table(name = "assignment")
public class StoredAssignment {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false)
    public String domain;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false)
    public AssignmentScope.Kind scopeKind;

    @Column(name = "scope_value")
    public String scopeValue;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    public Team team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RaciRole role;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    /** Withdrawn: no longer holds and takes no part in tie checks, but stays for history and events. */
    @Column(nullable = false)
    public boolean revoked;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    public AssignmentScope scope() {
        return new AssignmentScope(scopeKind, scopeValue);
    }

    /** A detached copy in the published form: later changes to this entity do not show in it. */
    public Assignment toContract() {
        return new Assignment(id.toString(), domain, scope(), team.ref(), role, effectiveFrom, effectiveTo, assignedBy,
                assignedAt);
    }
}
