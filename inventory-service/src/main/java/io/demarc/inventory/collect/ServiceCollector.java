package io.demarc.inventory.collect;

import java.util.Set;

/** Collects one AWS service's reads in one account and region (or once per account, for a global service). */
interface ServiceCollector {

    /** The name of the service in collection runs and in {@code demarc.aws.collector.services}. */
    String service();

    /** Collected once per account (IAM, S3), not once per region. */
    default boolean global() {
        return false;
    }

    /**
     * The resource types the service's items have: after a complete, error-free step, a stored resource of these types
     * (in the step's region, or any region for a global service) that the step did not see is gone.
     */
    Set<String> resourceTypes();

    void collect(AwsSession session, CallRecorder recorder);
}
