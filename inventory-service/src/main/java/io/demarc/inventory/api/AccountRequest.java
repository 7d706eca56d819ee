package io.demarc.inventory.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An AWS account to register ({@code POST}) or its full new settings ({@code PUT}, where {@code accountId} may be left
 * out and must otherwise equal the path's).
 *
 * @param environment production, staging, development or other (the default)
 * @param regions AWS regions to collect, at least one
 * @param collectionInterval ISO-8601 duration, at least PT15M; PT6H when left out
 */
public record AccountRequest(
        @Pattern(regexp = ACCOUNT_ID, message = ACCOUNT_ID_RULE) String accountId,
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = ENVIRONMENT, message = ENVIRONMENT_RULE) String environment,
        @NotNull @Size(min = 1, max = 40) List<@NotNull @Pattern(regexp = REGION, message = REGION_RULE) String> regions,
        String collectionInterval) {

    public static final String ACCOUNT_ID = "\\d{12}";
    static final String ACCOUNT_ID_RULE = "must be an AWS account id of 12 digits";
    public static final String ENVIRONMENT = "production|staging|development|other";
    static final String ENVIRONMENT_RULE = "must be production, staging, development or other";
    /** Commercial, GovCloud, China and ISO partitions: us-east-1, us-gov-west-1, cn-north-1, eu-central-2 ... */
    public static final String REGION = "[a-z]{2}(-gov|-iso[a-z]?)?-(north|south|east|west|central|northeast"
            + "|northwest|southeast|southwest)-\\d{1,2}";
    static final String REGION_RULE = "must be an AWS region name like us-east-1";
}
