package io.demarc.reporting.export.oscal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.reporting.rest.RequirementPosture;

import gov.nist.secauto.metaschema.core.datatype.markup.MarkupLine;
import gov.nist.secauto.metaschema.core.datatype.markup.MarkupMultiline;
import gov.nist.secauto.oscal.lib.model.AuthorizationBoundary;
import gov.nist.secauto.oscal.lib.model.ByComponent;
import gov.nist.secauto.oscal.lib.model.ControlImplementation;
import gov.nist.secauto.oscal.lib.model.Impact;
import gov.nist.secauto.oscal.lib.model.ImplementationStatus;
import gov.nist.secauto.oscal.lib.model.ImplementedRequirement;
import gov.nist.secauto.oscal.lib.model.ImportProfile;
import gov.nist.secauto.oscal.lib.model.Status;
import gov.nist.secauto.oscal.lib.model.SystemCharacteristics;
import gov.nist.secauto.oscal.lib.model.SystemComponent;
import gov.nist.secauto.oscal.lib.model.SystemId;
import gov.nist.secauto.oscal.lib.model.SystemImplementation;
import gov.nist.secauto.oscal.lib.model.SystemInformation;
import gov.nist.secauto.oscal.lib.model.SystemSecurityPlan;
import gov.nist.secauto.oscal.lib.model.SystemUser;

/**
 * A framework's customer responsibility matrix as an OSCAL system-security-plan. Two components: AWS (the leveraged
 * cloud) and the tenant's workloads. Per requirement: AWS's part is {@code export/provided} on the AWS component and
 * {@code inherited} on the workloads; the customer's part of a shared requirement is an {@code export/responsibility}
 * the workloads {@code satisfy}; a customer requirement is described on the workloads with its status.
 */
public final class SystemSecurityPlanExport {

    private SystemSecurityPlanExport() {
    }

    public static SystemSecurityPlan build(String tenantId, Framework framework,
            Map<String, RequirementPosture> posture, Instant generatedAt, String generatorVersion) {
        SystemSecurityPlan ssp = new SystemSecurityPlan();
        ssp.setUuid(OscalIds.uuid("ssp", tenantId, framework.key(), generatedAt.toString()));
        ssp.setMetadata(OscalDocuments.metadata("Customer responsibility matrix: " + tenantId + ", "
                + framework.title(), generatedAt.atZone(ZoneOffset.UTC), generatorVersion));
        ImportProfile profile = new ImportProfile();
        profile.setHref(URI.create("urn:demarc:framework:" + framework.key() + ":" + framework.version()));
        ssp.setImportProfile(profile);
        ssp.setSystemCharacteristics(characteristics(tenantId));

        SystemComponent aws = component(OscalIds.uuid("component", tenantId, "aws"), "service",
                "Amazon Web Services", "The AWS cloud the workloads run on; AWS's part is attested by its own audit"
                        + " reports.");
        SystemComponent workloads = component(OscalIds.uuid("component", tenantId, "this-system"), "this-system",
                "Workloads of " + tenantId, "The tenant's AWS accounts and the resources in them.");
        SystemImplementation implementation = new SystemImplementation();
        SystemUser user = new SystemUser();
        user.setUuid(OscalIds.uuid("user", tenantId, "operators"));
        user.setTitle(MarkupLine.fromMarkdown("Operators of the tenant's AWS accounts"));
        implementation.setUsers(List.of(user));
        implementation.setComponents(List.of(workloads, aws));
        ssp.setSystemImplementation(implementation);

        ControlImplementation controls = new ControlImplementation();
        controls.setDescription(MarkupMultiline.fromMarkdown("Who carries each requirement of " + framework.title()
                + ": AWS (inherited), shared, or the customer, with the customer's status as Demarc assessed it."));
        List<ImplementedRequirement> requirements = new ArrayList<>();
        for (Requirement requirement : framework.requirements()) {
            requirements.add(requirement(tenantId, framework, requirement, posture.get(requirement.id()),
                    aws.getUuid(), workloads.getUuid()));
        }
        controls.setImplementedRequirements(requirements);
        ssp.setControlImplementation(controls);
        return ssp;
    }

    private static ImplementedRequirement requirement(String tenantId, Framework framework, Requirement r,
            RequirementPosture posture, UUID awsUuid, UUID workloadsUuid) {
        String key = framework.key() + "/" + r.id();
        ImplementedRequirement implemented = new ImplementedRequirement();
        implemented.setUuid(OscalIds.uuid("requirement", tenantId, key));
        implemented.setControlId(OscalIds.controlId(r.id()));
        String status = posture == null ? "NOT_ASSESSED" : posture.status().name();
        String report = r.awsAttestation() == null ? "AWS's audit reports" : r.awsAttestation();
        List<ByComponent> byComponents = new ArrayList<>();
        switch (r.side()) {
            case AWS -> {
                UUID provided = OscalIds.uuid("provided", tenantId, key);
                byComponents.add(exporting(awsUuid, tenantId, key, provided, "AWS carries " + r.id() + ": " + report
                        + ".", null));
                ByComponent mine = byComponent(workloadsUuid, tenantId, key, "Inherited from AWS in full.",
                        "implemented");
                mine.setInherited(List.of(inherited(tenantId, key, provided, "Covered by " + report + ".")));
                byComponents.add(mine);
            }
            case SHARED -> {
                UUID provided = OscalIds.uuid("provided", tenantId, key);
                UUID responsibility = OscalIds.uuid("responsibility", tenantId, key);
                byComponents.add(exporting(awsUuid, tenantId, key, provided, "AWS's part of " + r.id() + ": "
                        + report + ".", responsibility));
                ByComponent mine = byComponent(workloadsUuid, tenantId, key, "Shared with AWS; customer part: "
                        + status + ".", implementationState(status));
                mine.setInherited(List.of(inherited(tenantId, key, provided, "AWS's part, covered by " + report
                        + ".")));
                ByComponent.Satisfied satisfied = new ByComponent.Satisfied();
                satisfied.setUuid(OscalIds.uuid("satisfied", tenantId, key));
                satisfied.setResponsibilityUuid(responsibility);
                satisfied.setDescription(MarkupMultiline.fromMarkdown("Customer part: " + status + "."));
                mine.setSatisfied(List.of(satisfied));
                byComponents.add(mine);
            }
            case CUSTOMER -> byComponents.add(byComponent(workloadsUuid, tenantId, key, "The customer's duty ("
                    + r.fulfilment() + "): " + status + ".", implementationState(status)));
        }
        implemented.setByComponents(byComponents);
        return implemented;
    }

    private static ByComponent exporting(UUID awsUuid, String tenantId, String key, UUID providedUuid,
            String description, UUID responsibilityUuid) {
        ByComponent aws = byComponent(awsUuid, tenantId, key + "/aws", description, "implemented");
        ByComponent.Export export = new ByComponent.Export();
        ByComponent.Export.Provided provided = new ByComponent.Export.Provided();
        provided.setUuid(providedUuid);
        provided.setDescription(MarkupMultiline.fromMarkdown(description));
        export.setProvided(List.of(provided));
        if (responsibilityUuid != null) {
            ByComponent.Export.Responsibility responsibility = new ByComponent.Export.Responsibility();
            responsibility.setUuid(responsibilityUuid);
            responsibility.setProvidedUuid(providedUuid);
            responsibility.setDescription(MarkupMultiline.fromMarkdown("The customer configures and operates its"
                    + " resources to meet its part."));
            export.setResponsibilities(List.of(responsibility));
        }
        aws.setExport(export);
        return aws;
    }

    private static ByComponent byComponent(UUID componentUuid, String tenantId, String key, String description,
            String state) {
        ByComponent byComponent = new ByComponent();
        byComponent.setComponentUuid(componentUuid);
        byComponent.setUuid(OscalIds.uuid("by-component", tenantId, key, componentUuid.toString()));
        byComponent.setDescription(MarkupMultiline.fromMarkdown(description));
        ImplementationStatus status = new ImplementationStatus();
        status.setState(state);
        byComponent.setImplementationStatus(status);
        return byComponent;
    }

    private static ByComponent.Inherited inherited(String tenantId, String key, UUID provided, String text) {
        ByComponent.Inherited inherited = new ByComponent.Inherited();
        inherited.setUuid(OscalIds.uuid("inherited", tenantId, key));
        inherited.setProvidedUuid(provided);
        inherited.setDescription(MarkupMultiline.fromMarkdown(text));
        return inherited;
    }

    /** OSCAL implementation states: implemented, partial, planned, alternative, not-applicable. */
    private static String implementationState(String status) {
        return switch (status) {
            case "PASSING", "ATTESTED", "INHERITED" -> "implemented";
            case "FAILING" -> "partial";
            default -> "planned";
        };
    }

    private static SystemCharacteristics characteristics(String tenantId) {
        SystemCharacteristics system = new SystemCharacteristics();
        SystemId id = new SystemId();
        id.setIdentifierType(URI.create("https://demarc.io/ns/tenant"));
        id.setId(tenantId);
        system.setSystemIds(List.of(id));
        system.setSystemName(tenantId);
        system.setDescription(MarkupMultiline.fromMarkdown("The AWS workloads of tenant " + tenantId
                + ", as Demarc inventories them."));
        SystemInformation information = new SystemInformation();
        SystemInformation.InformationType type = new SystemInformation.InformationType();
        type.setUuid(OscalIds.uuid("information-type", tenantId));
        type.setTitle(MarkupLine.fromMarkdown("Tenant workload data"));
        type.setDescription(MarkupMultiline.fromMarkdown("Data processed by the tenant's workloads; its"
                + " classification is the tenant's duty."));
        type.setConfidentialityImpact(impact());
        type.setIntegrityImpact(impact());
        type.setAvailabilityImpact(impact());
        information.setInformationTypes(List.of(type));
        system.setSystemInformation(information);
        Status status = new Status();
        status.setState("operational");
        system.setStatus(status);
        AuthorizationBoundary boundary = new AuthorizationBoundary();
        boundary.setDescription(MarkupMultiline.fromMarkdown("The tenant's AWS accounts registered in Demarc."));
        system.setAuthorizationBoundary(boundary);
        return system;
    }

    /** Demarc does not know the data's impact levels; the lowest is stated so the document is complete. */
    private static Impact impact() {
        Impact impact = new Impact();
        impact.setBase("fips-199-low");
        return impact;
    }

    private static SystemComponent component(UUID uuid, String type, String title, String description) {
        SystemComponent component = new SystemComponent();
        component.setUuid(uuid);
        component.setType(type);
        component.setTitle(MarkupLine.fromMarkdown(title));
        component.setDescription(MarkupMultiline.fromMarkdown(description));
        SystemComponent.Status status = new SystemComponent.Status();
        status.setState("operational");
        component.setStatus(status);
        return component;
    }
}
