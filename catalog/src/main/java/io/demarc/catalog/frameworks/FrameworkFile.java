package io.demarc.catalog.frameworks;

import java.util.List;

import io.demarc.catalog.responsibility.Side;

/**
 * One framework file as written ({@code catalog/frameworks/<key>.json}); {@link FrameworkReader} checks it.
 *
 * @param awsAttestation the default AWS report for requirements on the AWS or SHARED side
 */
record FrameworkFile(String key, String title, String version, String awsAttestation,
        List<Entry> requirements) {

    /**
     * One requirement, or a run of numbered parts sharing a title.
     *
     * @param side omitted means CUSTOMER
     * @param awsAttestation overrides the file's default for this requirement
     * @param parts when set, the entry stands for {@code id.1} to {@code id.<parts>}: PCI DSS as mapped upstream
     *        splits each requirement into numbered parts, one per check, that share the parent's meaning
     */
    record Entry(String id, String title, Side side, String awsAttestation, Integer parts) {
    }
}
