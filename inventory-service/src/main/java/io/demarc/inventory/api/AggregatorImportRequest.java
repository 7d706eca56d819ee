package io.demarc.inventory.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An import from an AWS Config aggregator. The patterns matter beyond tidiness: the resource types go into the
 * aggregator's SQL expression, so only well-formed type names may reach it.
 *
 * @param aggregatorName the configuration aggregator to read
 * @param region the region the aggregator lives in
 * @param resourceTypes the types to import; every type the aggregator holds when left out
 * @param accountId a registered account of the tenant whose role DemarcReadOnly reads the aggregator; the MSP's own
 *        credentials when left out
 */
public record AggregatorImportRequest(
        @NotBlank @Size(max = 256) @Pattern(regexp = "[\\w\\-]+", message = "must be an aggregator name (letters, digits, _ and -)") String aggregatorName,
        @NotBlank @Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d{1,2}", message = "must be an AWS region such as us-east-1") String region,
        @Size(min = 1, max = 100) List<@NotNull @Pattern(regexp = "AWS::[A-Za-z0-9]+::[A-Za-z0-9]+", message = "must look like AWS::Service::Type") String> resourceTypes,
        @Pattern(regexp = "\\d{12}", message = "must be an AWS account id of 12 digits") String accountId) {
}
