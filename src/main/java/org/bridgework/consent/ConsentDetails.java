package org.bridgework.consent;

import java.time.Instant;
import java.time.LocalDate;

/** One consent as it was given, and its withdrawal if any. */
public record ConsentDetails(long id, long residentId, ConsentPurpose purpose, Long organisationId,
                             String organisationName, LawfulBasis lawfulBasis, LocalDate givenOn, RecordedHow recordedHow,
                             String recordedBy, Instant recordedAt, String notes, LocalDate withdrawnOn,
                             String withdrawnBy, RecordedHow withdrawnHow) {

    public boolean active() {
        return withdrawnOn == null;
    }
}
