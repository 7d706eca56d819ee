package io.demarc.inventory.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs named in an SNS message Demarc will fetch: only SNS's own HTTPS endpoints, so a forged message cannot
 * point Demarc at a certificate of its choosing or make it call an arbitrary URL.
 */
public final class SnsUrls {

    /** {@code sns.<region>.amazonaws.com}, and the China partition's {@code .amazonaws.com.cn}. */
    private static final Pattern SNS_HOST = Pattern.compile("sns\\.[a-z]{2}(-[a-z]+)+-\\d\\.amazonaws\\.com(\\.cn)?");

    private final Optional<String> testTrustedPrefix;

    public SnsUrls(Optional<String> testTrustedPrefix) {
        this.testTrustedPrefix = testTrustedPrefix.filter(prefix -> !prefix.isBlank());
    }

    /** An https URL of SNS naming a {@code .pem} file. */
    public boolean isSigningCertificate(String url) {
        return trusted(url, true);
    }

    /** An https URL of SNS, for confirming a subscription. */
    public boolean isSubscribeUrl(String url) {
        return trusted(url, false);
    }

    private boolean trusted(String url, boolean pem) {
        if (url == null) {
            return false;
        }
        if (testTrustedPrefix.isPresent() && url.startsWith(testTrustedPrefix.get())) {
            return true;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        return "https".equals(uri.getScheme()) && uri.getRawUserInfo() == null && uri.getHost() != null
                && SNS_HOST.matcher(uri.getHost()).matches() && (uri.getPort() == -1 || uri.getPort() == 443)
                && uri.getRawPath() != null && (!pem || uri.getRawPath().endsWith(".pem"));
    }
}
