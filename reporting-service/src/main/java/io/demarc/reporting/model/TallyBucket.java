package io.demarc.reporting.model;

import io.demarc.contracts.FindingStatus;

/** Which counter of {@code control_tally} a finding adds to, from its status and whether an exception covers it. */
public enum TallyBucket {
    PASSING("passing"), FAILING("failing"), EXCEPTED("excepted"), OTHER("other");

    private final String column;

    TallyBucket(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    /** An excepted failure is an accepted risk: it counts apart from open failures. */
    public static TallyBucket of(FindingStatus status, String exceptionId) {
        if (status == FindingStatus.PASS) {
            return PASSING;
        }
        if (status == FindingStatus.FAIL) {
            return exceptionId == null ? FAILING : EXCEPTED;
        }
        return OTHER;
    }
}
