package io.demarc.inventory.model;

/** Why a collection run started: someone asked, or an account's collection interval came round. */
public enum CollectionRunTrigger {
    REQUESTED, SCHEDULED
}
