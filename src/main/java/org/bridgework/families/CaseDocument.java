package org.bridgework.families;

import java.time.Instant;

public record CaseDocument(long id, long caseId, String title, String contentType, long sizeBytes, String uploadedBy,
                           Instant uploadedAt) {
}
