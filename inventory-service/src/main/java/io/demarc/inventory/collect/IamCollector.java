package io.demarc.inventory.collect;

import java.util.Set;

import io.demarc.catalog.recordings.AccountFactTypes;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ReportStateType;

/**
 * IAM, once per account: users, groups, roles and policies in one paginated GetAccountAuthorizationDetails, the
 * password policy, the account summary and the credential report (generated first, then read once it is complete).
 */
final class IamCollector implements ServiceCollector {

    private static final int REPORT_POLLS = 10;
    private static final long REPORT_POLL_MILLIS = 1000;

    @Override
    public String service() {
        return "iam";
    }

    @Override
    public boolean global() {
        return true;
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy",
                AccountFactTypes.IAM_PASSWORD_POLICY, AccountFactTypes.IAM_SUMMARY,
                AccountFactTypes.IAM_CREDENTIAL_REPORT);
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (IamClient iam = session.client(IamClient::builder)) {
            recorder.pages("iam", "GetAccountAuthorizationDetails",
                    () -> iam.getAccountAuthorizationDetailsPaginator(b -> {
                    }));
            recorder.call("iam", "GetAccountPasswordPolicy", () -> iam.getAccountPasswordPolicy(b -> {
            }));
            recorder.call("iam", "GetAccountSummary", () -> iam.getAccountSummary(b -> {
            }));
            awaitCredentialReport(iam);
            recorder.call("iam", "GetCredentialReport", () -> iam.getCredentialReport(b -> {
            }));
        }
    }

    /**
     * Asks IAM for a fresh report and waits until it is written. Not recorded: asking is harmless and the report
     * itself is the answer; a report still missing after the wait shows as the failed GetCredentialReport.
     */
    private static void awaitCredentialReport(IamClient iam) {
        try {
            for (int poll = 0; poll < REPORT_POLLS; poll++) {
                if (iam.generateCredentialReport(b -> {
                }).state() == ReportStateType.COMPLETE) {
                    return;
                }
                Thread.sleep(REPORT_POLL_MILLIS);
            }
        } catch (SdkException e) {
            // GetCredentialReport will fail too, and be recorded with AWS's reason.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
