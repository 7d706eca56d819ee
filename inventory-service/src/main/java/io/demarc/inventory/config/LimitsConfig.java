package io.demarc.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request size limits of the endpoints that are not imports or webhooks (those have their own). */
@ConfigMapping(prefix = "demarc.inventory.limits")
public interface LimitsConfig {

    /** Largest body of the JSON management endpoints (tenants, accounts): their requests are a few hundred bytes. */
    @WithDefault("65536")
    int maxJsonBodyBytes();
}
