package io.demarc.catalog.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.google.common.collect.ImmutableList;

/**
 * One account and region made ready for account-scoped controls: the account's items as CEL values, once. Deleted
 * items are left out (a deleted trail logs nothing).
 *
 * @param items every live item of the account, of every region (a multi-region trail lives in its home region but
 *        covers this one; IAM items are global); rules filter by {@code region} where a fact is regional
 * @param observedTypes the resource types the input could have held (collected, even if none was found); null when
 *        the input is the whole inventory, so that the absence of an item type means the account has none
 */
public record PreparedAccount(String accountId, String region, List<PreparedItem> items, Set<String> observedTypes) {

    public PreparedAccount {
        items = items.stream().filter(item -> !item.item().isDeletion()).toList();
        observedTypes = observedTypes == null ? null : lowerCase(observedTypes);
    }

    public static PreparedAccount of(String accountId, String region, List<PreparedItem> items) {
        return new PreparedAccount(accountId, region, items, null);
    }

    /** The items as the {@code items} variable sees them. */
    List<Object> values() {
        // Guava's list, which CEL's runtime recognizes at once instead of converting it on every use.
        ImmutableList.Builder<Object> values = ImmutableList.builderWithExpectedSize(items.size());
        items.forEach(item -> values.add(item.value()));
        return values.build();
    }

    /** Whether the input could have held items of at least one of these types. */
    public boolean observedAny(List<String> resourceTypes) {
        return observedTypes == null
                || resourceTypes.stream().anyMatch(type -> observedTypes.contains(type.toLowerCase()));
    }

    /** SHA-256 over the sorted hashes of the items: names exactly the set of items the verdict rests on. */
    public String sha256() {
        TreeSet<String> hashes = new TreeSet<>();
        items.forEach(item -> hashes.add(item.sha256()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hashes.forEach(hash -> digest.update(hash.getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The newest capture time among the items; null without items. */
    public Instant captureTime() {
        return items.stream().map(PreparedItem::captureTime).filter(time -> time != null).max(Instant::compareTo)
                .orElse(null);
    }

    private static Set<String> lowerCase(Set<String> types) {
        Set<String> lower = new TreeSet<>();
        types.forEach(type -> lower.add(type.toLowerCase()));
        return Collections.unmodifiableSet(lower);
    }
}
