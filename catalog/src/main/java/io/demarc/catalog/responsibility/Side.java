package io.demarc.catalog.responsibility;

/** Who carries a control domain for a resource type: AWS alone, AWS and the customer each a part, or the customer. */
public enum Side {
    AWS, SHARED, CUSTOMER
}
