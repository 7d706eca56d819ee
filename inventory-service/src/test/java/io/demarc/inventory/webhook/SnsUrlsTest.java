package io.demarc.inventory.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only SNS's own HTTPS hosts are trusted for signing certificates and subscription confirmations. */
class SnsUrlsTest {

    final SnsUrls urls = new SnsUrls(Optional.empty());

    @ParameterizedTest
    @ValueSource(strings = {
            "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem",
            "https://sns.eu-central-2.amazonaws.com/SimpleNotificationService-abc.pem",
            "https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-abc.pem",
            "https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc.pem",
            "https://sns.ap-southeast-2.amazonaws.com:443/SimpleNotificationService-abc.pem"})
    void trustsSnsCertificates(String url) {
        assertThat(urls.isSigningCertificate(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://sns.us-east-1.amazonaws.com/SimpleNotificationService-abc.pem",
            "https://sns.us-east-1.amazonaws.com.attacker.example/cert.pem",
            "https://attacker.example/sns.us-east-1.amazonaws.com/cert.pem",
            "https://sns.us-east-1.amazonaws.com@attacker.example/cert.pem",
            "https://evil.sns.us-east-1.amazonaws.com/cert.pem",
            "https://sqs.us-east-1.amazonaws.com/cert.pem",
            "https://sns.us-east-1.amazonaws.com:8443/cert.pem",
            "https://sns.us-east-1.amazonaws.com/cert.txt",
            "file:///etc/passwd",
            "not a url"})
    void refusesEverythingElse(String url) {
        assertThat(urls.isSigningCertificate(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription",
            "https://169.254.169.254/latest/meta-data/", "https://localhost/confirm"})
    void confirmsSubscriptionsOnlyAtSns(String url) {
        assertThat(urls.isSubscribeUrl(url)).isFalse();
        assertThat(urls.isSubscribeUrl("https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=x"))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:1234/auth/sns/cert.pem"})
    void theTestOverrideTrustsOnlyItsPrefix(String url) {
        SnsUrls overridden = new SnsUrls(Optional.of("http://localhost:1234/auth/sns/"));
        assertThat(overridden.isSigningCertificate(url)).isTrue();
        assertThat(overridden.isSigningCertificate("http://localhost:1234/auth/other/cert.pem")).isFalse();
        assertThat(urls.isSigningCertificate(url)).isFalse();
    }
}
