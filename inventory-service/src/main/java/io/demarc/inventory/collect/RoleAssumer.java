package io.demarc.inventory.collect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.inventory.service.OnboardingTemplates;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Assumes an account's read-only role {@value OnboardingTemplates#ROLE_NAME} with the tenant's ExternalId, using the
 * MSP's own credentials. The session lasts an hour (the role's maximum), longer than one account's collection. Neither
 * the ExternalId nor the session's keys are ever logged or put into a failure reason.
 */
@ApplicationScoped
public class RoleAssumer {

    static final String SESSION_NAME = "demarc-collector";

    @Inject
    AwsClients clients;

    /** The outcome: credentials, or AWS's reason for refusing. */
    public record Assumed(AwsCredentialsProvider credentials, String failure) {

        public boolean succeeded() {
            return credentials != null;
        }
    }

    public Assumed assume(String accountId, String externalId) {
        try (StsClient sts = clients.build(StsClient.builder(), clients.mspCredentials(), clients.defaultRegion())) {
            Credentials credentials = sts.assumeRole(b -> b.roleArn(OnboardingTemplates.roleArn(accountId))
                    .externalId(externalId).roleSessionName(SESSION_NAME).durationSeconds(3600)).credentials();
            return new Assumed(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                    credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken())), null);
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "Error" : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            return new Assumed(null, "AssumeRole of " + OnboardingTemplates.roleArn(accountId) + " failed: " + code
                    + ": " + message);
        } catch (SdkException e) {
            return new Assumed(null, "AssumeRole of " + OnboardingTemplates.roleArn(accountId)
                    + " got no answer from AWS STS: " + e.getMessage());
        }
    }
}
