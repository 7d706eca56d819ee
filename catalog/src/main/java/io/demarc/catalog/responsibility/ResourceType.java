package io.demarc.catalog.responsibility;

import java.util.Set;

/**
 * An AWS Config resource type as the responsibility model knows it.
 *
 * @param type AWS Config's canonical spelling, such as {@code AWS::S3::Bucket}
 * @param service the AWS service it belongs to, such as {@code Amazon S3}
 * @param overriddenDomains the domains whose side differs from the service model's default for this type
 */
public record ResourceType(String type, String service, ServiceModel model, Set<String> overriddenDomains) {
}
