package io.demarc.catalog.responsibility;

/**
 * AWS's classes of controls: inherited from AWS as they are, shared (AWS does one part, the customer the other), or
 * specific to the customer. Each class goes with exactly one {@link Side}.
 */
public enum ControlClass {
    INHERITED, SHARED, CUSTOMER_SPECIFIC;

    /** The class that goes with a side. */
    public static ControlClass of(Side side) {
        return switch (side) {
            case AWS -> INHERITED;
            case SHARED -> SHARED;
            case CUSTOMER -> CUSTOMER_SPECIFIC;
        };
    }
}
