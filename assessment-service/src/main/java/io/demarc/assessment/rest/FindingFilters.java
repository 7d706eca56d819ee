package io.demarc.assessment.rest;

import jakarta.ws.rs.QueryParam;

/** The filters of the findings list, as given; {@link FindingResource} checks them. */
public class FindingFilters {

    /** PASS, FAIL, NOT_APPLICABLE or ERROR. */
    @QueryParam("status")
    public String status;

    /** CRITICAL, HIGH, MEDIUM, LOW or INFORMATIONAL. */
    @QueryParam("severity")
    public String severity;

    @QueryParam("controlId")
    public String controlId;

    @QueryParam("resourceType")
    public String resourceType;

    @QueryParam("accountId")
    public String accountId;

    @QueryParam("region")
    public String region;

    /** The owning team's id. */
    @QueryParam("owner")
    public String owner;

    /** true: only findings nobody owns; false: only owned ones. */
    @QueryParam("unowned")
    public String unowned;

    /** A framework key such as {@code cis-aws-3.0}: only findings of controls citing it. */
    @QueryParam("framework")
    public String framework;
}
