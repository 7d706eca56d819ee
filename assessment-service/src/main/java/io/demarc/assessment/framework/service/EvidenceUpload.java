package io.demarc.assessment.framework.service;

/** An uploaded evidence file as the service takes it, whatever the transport. */
public record EvidenceUpload(String fileName, String contentType, byte[] content) {
}
