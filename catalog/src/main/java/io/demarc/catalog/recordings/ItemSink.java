package io.demarc.catalog.recordings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.contracts.ConfigurationItem;

/**
 * Collects the items the service mappers draft from a recording, then completes them: account and region from the
 * item's own ARN or owner where the data gives them, else from the request, else from the one account (region) the
 * whole recording names; tags from the Resource Groups Tagging API; the capture time.
 */
final class ItemSink {

    static final String GLOBAL = "global";
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:([a-z0-9-]*):(\\d{12})?:.*");
    private static final Pattern ARN_IN_TEXT = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\\d)?:"
            + "(\\d{12})?:");
    private static final Pattern ZONE = Pattern.compile("([a-z]{2}(?:-[a-z]+)+-\\d)[a-z]");

    /** One item being drafted, identified by type, a key unique within the type, and its state (round) number. */
    final class Draft {
        final String type;
        final String key;
        final int state;
        String resourceId;
        String resourceName;
        String arn;
        String accountId;
        String region;
        boolean accountScoped;
        final ObjectNode configuration = ConfigNames.JSON.createObjectNode();
        final ObjectNode supplementary = ConfigNames.JSON.createObjectNode();
        final Map<String, String> tags = new LinkedHashMap<>();

        Draft(String type, String key, int state) {
            this.type = type;
            this.key = key;
            this.state = state;
            this.resourceId = key;
        }

        Draft id(String id) {
            if (id != null && !id.isBlank()) {
                resourceId = id;
            }
            return this;
        }

        Draft name(String name) {
            if (name != null && !name.isBlank()) {
                resourceName = name;
            }
            return this;
        }

        /** Also takes the account and region the ARN names. */
        Draft arn(String value) {
            if (value == null || value.isBlank()) {
                return this;
            }
            arn = value;
            Matcher matcher = ARN.matcher(value);
            if (matcher.matches()) {
                if (!matcher.group(1).isEmpty() && region == null) {
                    region = matcher.group(1);
                }
                if (matcher.group(2) != null) {
                    accountId = matcher.group(2);
                }
            }
            return this;
        }

        Draft account(String value) {
            if (value != null && value.matches("\\d{12}")) {
                accountId = value;
            }
            return this;
        }

        Draft region(String value) {
            if (value != null && !value.isBlank()) {
                region = value;
            }
            return this;
        }

        Draft zone(String availabilityZone) {
            if (availabilityZone != null) {
                Matcher matcher = ZONE.matcher(availabilityZone);
                if (matcher.matches()) {
                    region = matcher.group(1);
                }
            }
            return this;
        }

        /** One item per account: its resource id is the account id. */
        Draft accountScoped() {
            accountScoped = true;
            return this;
        }

        /** Adds the fields of an API object, in AWS Config's spelling. */
        Draft configure(JsonNode apiObject) {
            if (apiObject != null && apiObject.isObject()) {
                configuration.setAll(ConfigNames.camelObject(apiObject));
            }
            return this;
        }

        Draft supplement(String field, JsonNode value) {
            supplementary.set(field, value);
            return this;
        }

        /** Tags as the API gives them: {@code [{"Key": .., "Value": ..}]} (any letter case) or a map. */
        Draft tags(JsonNode value) {
            if (value == null || value.isNull()) {
                return this;
            }
            if (value.isObject()) {
                value.fields().forEachRemaining(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
            } else if (value.isArray()) {
                for (JsonNode tag : value) {
                    String name = tag.has("Key") ? tag.path("Key").asText() : tag.path("key").asText(null);
                    if (name != null) {
                        tags.put(name, tag.has("Value") ? tag.path("Value").asText() : tag.path("value").asText(""));
                    }
                }
            }
            return this;
        }
    }

    private record DraftKey(String type, String key, int state) {
    }

    private final Map<DraftKey, Draft> drafts = new LinkedHashMap<>();
    private final List<CollectionGap> gaps = new ArrayList<>();
    private final Set<RecordedCall> explained = new HashSet<>();
    private final Map<String, Map<String, String>> tagsByArn = new LinkedHashMap<>();

    Draft draft(String type, String key, int state) {
        return drafts.computeIfAbsent(new DraftKey(type, key, state), k -> new Draft(type, key, state));
    }

    /** The latest state drafted of a resource. */
    Optional<Draft> latest(String type, String key) {
        return drafts.values().stream().filter(d -> d.type.equals(type) && d.key.equals(key))
                .max(Comparator.comparingInt(d -> d.state));
    }

    /** The latest state of every resource of a type, in the order they were first drafted. */
    List<Draft> latestOfType(String type) {
        Map<String, Draft> latest = new LinkedHashMap<>();
        drafts.values().stream().filter(d -> d.type.equals(type))
                .forEach(d -> latest.merge(d.key, d, (a, b) -> b.state >= a.state ? b : a));
        return new ArrayList<>(latest.values());
    }

    /** A failed call whose answer is unknown. */
    void gap(RecordedCall call, String resource) {
        explained.add(call);
        gaps.add(CollectionGap.of(call, resource));
    }

    /** A failed call whose error is itself the fact ("no password policy", "no bucket policy"). */
    void absent(RecordedCall call) {
        explained.add(call);
    }

    boolean explained(RecordedCall call) {
        return explained.contains(call);
    }

    void tag(String arn, JsonNode tags) {
        Draft holder = new Draft("", "", 0).tags(tags);
        tagsByArn.computeIfAbsent(arn, a -> new LinkedHashMap<>()).putAll(holder.tags);
    }

    List<CollectionGap> gaps() {
        return gaps;
    }

    /**
     * @throws InvalidRecordingException when the account or region of an item is neither in the data nor in the
     *         context
     */
    List<ConfigurationItem> items(RecordingContext context, RecordedResponses recording, Instant captureTime) {
        Set<String> accounts = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (RecordedCall call : recording.calls()) {
            Matcher matcher = ARN_IN_TEXT.matcher(call.data().toString());
            while (matcher.find()) {
                if (matcher.group(1) != null) {
                    regions.add(matcher.group(1));
                }
                if (matcher.group(2) != null) {
                    accounts.add(matcher.group(2));
                }
            }
        }
        String fallbackAccount = context.accountId() != null
                ? context.accountId()
                : accounts.size() == 1 ? accounts.iterator().next() : null;
        String fallbackRegion = context.region() != null
                ? context.region()
                : regions.size() == 1 ? regions.iterator().next() : null;
        List<ConfigurationItem> items = new ArrayList<>();
        List<String> withoutAccount = new ArrayList<>();
        List<String> withoutRegion = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            String account = draft.accountId != null ? draft.accountId : fallbackAccount;
            String region = draft.region != null ? draft.region : fallbackRegion;
            if (account == null) {
                withoutAccount.add(draft.type + " " + draft.key);
                continue;
            }
            if (region == null) {
                withoutRegion.add(draft.type + " " + draft.key);
                continue;
            }
            Map<String, String> tags = new LinkedHashMap<>(draft.tags);
            if (draft.arn != null && tagsByArn.containsKey(draft.arn)) {
                tagsByArn.get(draft.arn).forEach(tags::putIfAbsent);
            }
            String resourceId = draft.accountScoped ? account : draft.resourceId;
            items.add(new ConfigurationItem(account, region, draft.type, resourceId, draft.resourceName, draft.arn,
                    captureTime, String.valueOf(draft.state), "OK", tags,
                    draft.configuration, draft.supplementary.isEmpty() ? null : draft.supplementary));
        }
        if (!withoutAccount.isEmpty()) {
            throw unknown("which AWS account", withoutAccount, "belong to", accounts.size() > 1
                    ? "; it names several accounts: " + accounts
                    : "", "accountId");
        }
        if (!withoutRegion.isEmpty()) {
            throw unknown("which region", withoutRegion, "are in", "", "region");
        }
        items.sort(Comparator.comparing(ConfigurationItem::resourceType).thenComparing(ConfigurationItem::resourceId)
                .thenComparing(item -> Integer.parseInt(item.configurationStateId())));
        return items;
    }

    private static InvalidRecordingException unknown(String what, List<String> resources, String verb, String more,
            String parameter) {
        return new InvalidRecordingException("the recording does not say " + what + " " + resources.size()
                + " resource(s) " + verb + " (" + String.join(", ", resources.subList(0, Math.min(3, resources.size())))
                + more + "); give the " + parameter);
    }
}
