package io.demarc.reporting.rest;

import java.util.List;

import io.demarc.catalog.frameworks.Fulfilment;
import io.demarc.catalog.responsibility.Side;

/**
 * One requirement of a framework for a tenant (or one account).
 *
 * @param controlIds the controls that meet it when automated
 * @param failingResources open failures of those controls (excepted ones not counted)
 * @param acceptedRisks failures of those controls an approved exception accepts
 */
public record RequirementPosture(
        String id,
        String title,
        Side side,
        Fulfilment fulfilment,
        RequirementStatus status,
        String awsAttestation,
        List<String> controlIds,
        long failingResources,
        long acceptedRisks) {
}
