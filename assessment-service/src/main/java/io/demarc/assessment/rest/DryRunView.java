package io.demarc.assessment.rest;

import java.util.List;

/**
 * What a custom control would find on the tenant's current resources, from a dry run: nothing is stored or announced.
 *
 * @param evaluated live resources of the types the control was tried on, at most {@code limit}
 * @param limited true when the tenant has more resources of these types than were tried
 * @param failing up to {@code sampleSize} resources that would fail, in resource order
 * @param errors up to {@code sampleSize} resources the expression could not judge, with the reason
 */
public record DryRunView(List<String> resourceTypes, int evaluated, int limit, boolean limited, int pass, int fail,
        int error, int notApplicable, int sampleSize, List<Sample> failing, List<Sample> errors) {

    /** One resource of the sample. */
    public record Sample(String resourceType, String resourceId, String accountId, String awsRegion, String message) {
    }
}
