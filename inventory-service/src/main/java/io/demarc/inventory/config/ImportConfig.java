package io.demarc.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of {@code POST /imports}. */
@ConfigMapping(prefix = "demarc.inventory.import")
public interface ImportConfig {

    /** Most configuration items one import may hold; larger imports are refused whole, to be split by the sender. */
    @WithDefault("5000")
    int maxItems();

    Rate rate();

    /** Imports per tenant (all import endpoints together), counted per replica. */
    interface Rate {

        /** Imports a tenant may send at once after a quiet spell. */
        @WithDefault("20")
        int burst();

        /** Imports per minute a tenant may keep up. */
        @WithDefault("60")
        int perMinute();
    }
}
