package io.demarc.console.matrix;

import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/**
 * The names people read for the catalog's 20 control domain ids (catalog/responsibility/domains.json). The APIs name
 * domains by id; an id this map does not know is shown in words.
 */
@TemplateExtension(namespace = "domain")
public final class Domains {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("physical-environmental", "Physical and environmental security"),
            Map.entry("hardware-global-network", "Hardware and global network"),
            Map.entry("virtualization", "Virtualization"),
            Map.entry("host-os", "Host operating system"),
            Map.entry("guest-os-patching", "Guest operating system and patching"),
            Map.entry("platform-runtime", "Platform runtime"),
            Map.entry("network-configuration", "Network configuration"),
            Map.entry("identity-access", "Identity and access management"),
            Map.entry("credentials-mfa", "Credentials and MFA"),
            Map.entry("data-classification", "Data classification"),
            Map.entry("encryption-at-rest", "Encryption at rest"),
            Map.entry("encryption-in-transit", "Encryption in transit"),
            Map.entry("key-management", "Key management"),
            Map.entry("backup-recovery", "Backup and recovery"),
            Map.entry("logging-monitoring", "Logging and monitoring"),
            Map.entry("application-code", "Application code and dependencies"),
            Map.entry("secrets-management", "Secrets management"),
            Map.entry("configuration-management", "Configuration management and drift"),
            Map.entry("awareness-training", "Awareness and training"),
            Map.entry("incident-response", "Incident response"));

    private Domains() {
    }

    /** {@code {domain:name(id)}} → "Network configuration". */
    public static String name(String id) {
        if (id == null) {
            return "—";
        }
        String known = NAMES.get(id);
        if (known != null) {
            return known;
        }
        String words = id.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Every known domain id, in the catalog's order. */
    public static java.util.List<String> ids() {
        return java.util.List.of("physical-environmental", "hardware-global-network", "virtualization", "host-os",
                "guest-os-patching", "platform-runtime", "network-configuration", "identity-access",
                "credentials-mfa", "data-classification", "encryption-at-rest", "encryption-in-transit",
                "key-management", "backup-recovery", "logging-monitoring", "application-code", "secrets-management",
                "configuration-management", "awareness-training", "incident-response");
    }
}
