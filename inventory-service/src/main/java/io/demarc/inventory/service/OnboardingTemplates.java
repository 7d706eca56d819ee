package io.demarc.inventory.service;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.demarc.inventory.config.OnboardingConfig;
import io.demarc.service.rest.HttpProblems;

/**
 * CloudFormation templates that let Demarc into a tenant's AWS accounts: the read-only role {@value #ROLE_NAME} with
 * AWS's managed policies SecurityAudit and ViewOnlyAccess, trusting only the MSP principal and only with the tenant's
 * ExternalId. The templates are built as Jackson trees and written by Jackson's YAML module (or as JSON): a library
 * writes the quoting and escaping, so a tenant name or id can never break the document.
 */
@ApplicationScoped
public class OnboardingTemplates {

    public static final String ROLE_NAME = "DemarcReadOnly";
    public static final List<String> MANAGED_POLICIES = List.of("arn:aws:iam::aws:policy/SecurityAudit",
            "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess");
    static final String ROLE_RESOURCE = "DemarcReadOnlyRole";
    static final String STACK_SET_RESOURCE = "DemarcReadOnlyStackSet";
    /** A role, a user or an account root of any partition. */
    private static final Pattern PRINCIPAL = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:(root|role/\\S+|user/\\S+)");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Long descriptions on one line; the StackSet's embedded template as a literal block, readable as it is. */
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE).build());

    /** Output format of a template. */
    public enum Format {
        YAML, JSON
    }

    @Inject
    OnboardingConfig config;

    /** The role Demarc assumes in an account. */
    public static String roleArn(String accountId) {
        return "arn:aws:iam::" + accountId + ":role/" + ROLE_NAME;
    }

    /** The configured MSP principal, or a 503 problem that says how to configure it. */
    public String mspPrincipal() {
        String principal = config.mspPrincipalArn().map(String::strip).filter(value -> !value.isEmpty())
                .orElseThrow(() -> HttpProblems.unavailable("Onboarding is not configured: the MSP principal that"
                        + " assumes tenants' roles is unset. Set demarc.aws.msp-principal-arn (environment"
                        + " DEMARC_AWS_MSP_PRINCIPAL_ARN) to an IAM role ARN of the MSP account."));
        if (!PRINCIPAL.matcher(principal).matches()) {
            throw HttpProblems.unavailable("Onboarding is misconfigured: demarc.aws.msp-principal-arn must be an IAM"
                    + " role, user or root ARN such as arn:aws:iam::111122223333:role/DemarcCollector.");
        }
        return principal;
    }

    /** The stack to create in one account. */
    public String cloudFormation(String tenantId, String externalId, Format format) {
        return write(roleTemplate(tenantId, externalId, mspPrincipal()), format);
    }

    /**
     * The stack to create in an AWS Organization's management account (or a delegated StackSet administrator): a
     * service-managed StackSet, deployed automatically to every account of the given organizational units, present
     * and future, holding the same role template. A StackSet never deploys to the management account itself.
     */
    public String stackSet(String tenantId, String externalId, Format format) {
        ObjectNode role = roleTemplate(tenantId, externalId, mspPrincipal());
        ObjectNode template = NODES.objectNode().put("AWSTemplateFormatVersion", "2010-09-09")
                .put("Description", "Demarc read-only access for tenant " + tenantId + " in every account of the"
                        + " chosen organizational units (service-managed StackSet with automatic deployment)."
                        + " Create it in the management account with CAPABILITY_NAMED_IAM.");
        template.putObject("Parameters").putObject("OrganizationalUnitIds").put("Type", "CommaDelimitedList")
                .put("Description", "Organizational unit ids (ou-...) or the root id (r-...) whose accounts get the"
                        + " role");
        ObjectNode properties = template.putObject("Resources").putObject(STACK_SET_RESOURCE)
                .put("Type", "AWS::CloudFormation::StackSet").putObject("Properties");
        properties.put("StackSetName", "demarc-readonly-" + tenantId)
                .put("Description", "Demarc read-only role for tenant " + tenantId)
                .put("PermissionModel", "SERVICE_MANAGED");
        properties.putObject("AutoDeployment").put("Enabled", true).put("RetainStacksOnAccountRemoval", false);
        properties.putObject("ManagedExecution").put("Active", true);
        properties.putArray("Capabilities").add("CAPABILITY_NAMED_IAM");
        properties.putObject("OperationPreferences").put("FailureTolerancePercentage", 10)
                .put("MaxConcurrentPercentage", 25);
        ObjectNode instances = properties.putArray("StackInstancesGroup").addObject();
        instances.putObject("DeploymentTargets").set("OrganizationalUnitIds", ref("OrganizationalUnitIds"));
        // IAM is global: one region is enough, the one the StackSet is created in.
        instances.putArray("Regions").add(ref("AWS::Region"));
        properties.put("TemplateBody", write(role, Format.JSON));
        return write(template, format);
    }

    static ObjectNode roleTemplate(String tenantId, String externalId, String principal) {
        ObjectNode template = NODES.objectNode().put("AWSTemplateFormatVersion", "2010-09-09")
                .put("Description", "Demarc read-only access for tenant " + tenantId + ": the role " + ROLE_NAME
                        + " with AWS's SecurityAudit and ViewOnlyAccess policies, assumable only by the MSP with the"
                        + " tenant's ExternalId. Create it with CAPABILITY_NAMED_IAM.");
        ObjectNode role = template.putObject("Resources").putObject(ROLE_RESOURCE).put("Type", "AWS::IAM::Role")
                .putObject("Properties");
        role.put("RoleName", ROLE_NAME).put("Description", "Read-only access for Demarc (tenant " + tenantId + ")")
                .put("MaxSessionDuration", 3600);
        ObjectNode trust = role.putObject("AssumeRolePolicyDocument").put("Version", "2012-10-17");
        ObjectNode statement = trust.putArray("Statement").addObject().put("Effect", "Allow")
                .put("Action", "sts:AssumeRole");
        statement.putObject("Principal").put("AWS", principal);
        statement.putObject("Condition").putObject("StringEquals").put("sts:ExternalId", externalId);
        ArrayNode policies = role.putArray("ManagedPolicyArns");
        MANAGED_POLICIES.forEach(policies::add);
        ArrayNode tags = role.putArray("Tags");
        tags.addObject().put("Key", "managed-by").put("Value", "demarc");
        tags.addObject().put("Key", "demarc-tenant").put("Value", tenantId);
        template.putObject("Outputs").putObject("RoleArn").put("Description", "Register this account in Demarc")
                .putObject("Value").set("Fn::GetAtt", NODES.arrayNode().add(ROLE_RESOURCE).add("Arn"));
        return template;
    }

    private static ObjectNode ref(String name) {
        return NODES.objectNode().put("Ref", name);
    }

    private static String write(ObjectNode template, Format format) {
        try {
            return format == Format.JSON
                    ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(template)
                    : YAML.writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("template cannot be written", e);
        }
    }
}
