package io.demarc.catalog.controls;

import java.util.List;

/**
 * The keys under which a control cites framework requirements. The requirement ids under each key are facts taken
 * from the frameworks' own numbering (for example {@code cis-aws-3.0: 5.2}, {@code aws-fsbp: EC2.13}).
 */
public final class Frameworks {

    public static final String CIS_AWS_3_0 = "cis-aws-3.0";
    public static final String AWS_FSBP = "aws-fsbp";
    public static final String SOC2 = "soc2";
    public static final String ISO_27001_2022 = "iso27001-2022";
    public static final String NIST_800_53_R5 = "nist-800-53-r5";
    public static final String PCI_DSS_4_0 = "pci-dss-4.0";
    public static final String HIPAA = "hipaa";
    public static final String GDPR = "gdpr";

    /** Every key a control may use, in display order. */
    public static final List<String> ALL = List.of(CIS_AWS_3_0, AWS_FSBP, SOC2, ISO_27001_2022, NIST_800_53_R5,
            PCI_DSS_4_0, HIPAA, GDPR);

    private Frameworks() {
    }
}
