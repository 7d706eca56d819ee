package io.demarc.catalog.responsibility;

/** How much of the stack AWS runs for a resource type; each model gives every control domain a default side. */
public enum ServiceModel {
    IAAS, PAAS, SERVERLESS, ABSTRACTED
}
