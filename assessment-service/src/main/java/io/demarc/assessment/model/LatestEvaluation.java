package io.demarc.assessment.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.TeamRef;

/** The latest evaluation of one control on one resource of a tenant: the state a new evaluation is compared to. */
@Entity
@Table(name = "evaluation")
@IdClass(LatestEvaluationId.class)
public class LatestEvaluation {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "finding_id")
    public String findingId;

    @Column(name = "control_id", nullable = false)
    public String controlId;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "aws_region")
    public String awsRegion;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    public String arn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status;

    public String message;

    @Column(name = "item_hash", nullable = false)
    public String itemHash;

    @Column(name = "item_capture_time")
    public Instant itemCaptureTime;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    @Column(name = "catalog_version", nullable = false)
    public String catalogVersion;

    /** JSON text of {@link io.demarc.catalog.engine.Evidence}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String evidence;

    /** The responsibility domain of the control, which decides the owner. */
    public String domain;

    @Column(name = "owner_team_id")
    public String ownerTeamId;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_contact_email")
    public String ownerContactEmail;

    @Column(name = "owner_keycloak_group")
    public String ownerKeycloakGroup;

    @Column(name = "first_seen", nullable = false)
    public Instant firstSeen;

    @Column(name = "exception_id")
    public String exceptionId;

    @Column(name = "exception_expires_at")
    public Instant exceptionExpiresAt;

    public ResourceRef resource() {
        return new ResourceRef(accountId, awsRegion, resourceType, resourceId, arn);
    }

    /** The owner as last announced; null when the finding is unowned. */
    public TeamRef owner() {
        return ownerTeamId == null ? null : new TeamRef(ownerTeamId, ownerName, ownerContactEmail, ownerKeycloakGroup);
    }

    public void owner(TeamRef owner) {
        ownerTeamId = owner == null ? null : owner.teamId();
        ownerName = owner == null ? null : owner.name();
        ownerContactEmail = owner == null ? null : owner.contactEmail();
        ownerKeycloakGroup = owner == null ? null : owner.keycloakGroup();
    }
}
