package io.demarc.inventory.collect;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the local HTTP stub that stands in for AWS (which cannot be reached from here) and points every AWS SDK client
 * of the service at it through {@code demarc.aws.endpoint-override}. Dummy static credentials sign the requests.
 */
public class AwsStubResource implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        // The SDK's default provider chain reads these system properties: test-only dummies, no real keys.
        System.setProperty("aws.accessKeyId", "AKIDTESTONLY");
        System.setProperty("aws.secretAccessKey", "test-only-not-a-secret");
        return Map.of("demarc.aws.endpoint-override", "http://localhost:" + server.port());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
