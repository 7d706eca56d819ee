package io.demarc.inventory.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An Amazon SNS message as delivered over HTTP(S): a JSON object of string fields. Only the fields SNS signs are read.
 *
 * @param fields the message's string fields by name
 */
public record SnsMessage(Map<String, String> fields) {

    public static final String NOTIFICATION = "Notification";
    public static final String SUBSCRIPTION_CONFIRMATION = "SubscriptionConfirmation";
    public static final String UNSUBSCRIBE_CONFIRMATION = "UnsubscribeConfirmation";

    /** Signed fields of a notification, in the order SNS signs them; Subject only when present. */
    private static final List<String> NOTIFICATION_SIGNED = List.of("Message", "MessageId", "Subject", "Timestamp",
            "TopicArn", "Type");
    /** Signed fields of subscription and unsubscribe confirmations. */
    private static final List<String> CONFIRMATION_SIGNED = List.of("Message", "MessageId", "SubscribeURL",
            "Timestamp", "Token", "TopicArn", "Type");
    private static final List<String> READ = List.of("Type", "MessageId", "Token", "TopicArn", "Subject", "Message",
            "SubscribeURL", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL");

    /** @throws IllegalArgumentException when a field SNS always sends is missing or not a string */
    public static SnsMessage of(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("an SNS message is a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : READ) {
            JsonNode value = json.get(name);
            if (value != null && !value.isNull()) {
                if (!value.isTextual()) {
                    throw new IllegalArgumentException("SNS field " + name + " must be a string");
                }
                fields.put(name, value.asText());
            }
        }
        SnsMessage message = new SnsMessage(fields);
        for (String required : List.of("Type", "MessageId", "TopicArn", "Message", "Timestamp", "SignatureVersion",
                "Signature", "SigningCertURL")) {
            if (!fields.containsKey(required)) {
                throw new IllegalArgumentException("the SNS message has no " + required);
            }
        }
        return message;
    }

    public String type() {
        return fields.get("Type");
    }

    public String topicArn() {
        return fields.get("TopicArn");
    }

    public String message() {
        return fields.get("Message");
    }

    public String signature() {
        return fields.get("Signature");
    }

    public String signatureVersion() {
        return fields.get("SignatureVersion");
    }

    public String signingCertUrl() {
        return fields.get("SigningCertURL");
    }

    public String subscribeUrl() {
        return fields.get("SubscribeURL");
    }

    /** The AWS account that owns the topic: the fifth field of {@code arn:aws:sns:region:account:name}. */
    public String topicAccount() {
        String[] parts = topicArn().split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") && parts[2].equals("sns") ? parts[4] : null;
    }

    /**
     * The text SNS signed: each signed field present as {@code name\nvalue\n}, in SNS's order.
     *
     * @throws IllegalArgumentException for a message type SNS does not sign this way
     */
    public String canonicalText() {
        List<String> signed = switch (type()) {
            case NOTIFICATION -> NOTIFICATION_SIGNED;
            case SUBSCRIPTION_CONFIRMATION, UNSUBSCRIBE_CONFIRMATION -> CONFIRMATION_SIGNED;
            default -> throw new IllegalArgumentException("unknown SNS message type");
        };
        StringBuilder text = new StringBuilder();
        for (String name : signed) {
            String value = fields.get(name);
            if (value != null) {
                text.append(name).append('\n').append(value).append('\n');
            }
        }
        return text.toString();
    }
}
