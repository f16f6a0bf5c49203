package org.bridgework.consent;

import java.time.LocalDate;

/** A consent being recorded. {@code organisationId} only for {@link ConsentPurpose#SHARE_WITH_PARTNER}. */
public record NewConsent(long residentId, ConsentPurpose purpose, Long organisationId, LawfulBasis lawfulBasis,
                         LocalDate givenOn, RecordedHow recordedHow, String notes) {
}
