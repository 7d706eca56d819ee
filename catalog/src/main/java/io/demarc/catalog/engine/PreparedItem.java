package io.demarc.catalog.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import io.demarc.catalog.controls.ControlLanguage;
import io.demarc.contracts.ConfigurationItem;

/**
 * A configuration item made ready for evaluation once, then shared by every control: converted to CEL values, and
 * hashed (from the codec's tree of the item) when a result first asks for the hash. Converting per control is where evaluation time would go. Thread-safe.
 */
public final class PreparedItem {

    private final ConfigurationItem item;
    private final Map<String, Object> value;
    private volatile String sha256;

    private PreparedItem(ConfigurationItem item, String sha256) {
        this.item = item;
        this.value = CelValues.ofItem(item);
        this.sha256 = sha256;
    }

    /**
     * Prepares an item. Its {@code configuration} and {@code supplementaryConfiguration} trees are shared, not copied:
     * the item must not be changed afterwards.
     */
    public static PreparedItem of(ConfigurationItem item) {
        return new PreparedItem(item, null);
    }

    /**
     * Prepares an item whose hash the caller already has (inventory hashes every item at ingest with
     * {@code ConfigurationItemHash}), so the engine does not hash it again. The hash must be that of this item's
     * canonical JSON: evidence records it as the proof of what was evaluated.
     */
    public static PreparedItem of(ConfigurationItem item, String sha256) {
        return new PreparedItem(item, Objects.requireNonNull(sha256, "sha256"));
    }

    public ConfigurationItem item() {
        return item;
    }

    /**
     * The item as a CEL value (a map): what {@value ControlLanguage#ITEM} is bound to, and how account-scoped controls
     * see it in their {@code items} list.
     */
    public Object value() {
        return value;
    }

    /** Hash of the item's canonical JSON, the evidence that names exactly what was evaluated; computed once. */
    public String sha256() {
        String hash = sha256;
        if (hash == null) {
            hash = CanonicalJson.sha256(ItemTree.of(item));
            sha256 = hash;
        }
        return hash;
    }

    public Instant captureTime() {
        return item.configurationItemCaptureTime();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreparedItem prepared && prepared.item.equals(item);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item);
    }

    @Override
    public String toString() {
        return "PreparedItem[" + item.resourceType() + " " + item.resourceId() + "]";
    }
}
