package org.bridgework.timecredits;

import java.time.LocalDate;

/**
 * What a spend partner gives for credits. {@code perVisitCap} is how many of the offer one visit may take;
 * a CHILDREN offer is taken by a volunteer for their child. Also the form for publishing one.
 */
public record Offer(Long id, long version, Long organisationId, String title, String description, Integer creditsNeeded,
                    Audience audience, Integer perVisitCap, LocalDate validFrom, LocalDate validTo, String wardCode,
                    boolean active) {

    public boolean availableOn(LocalDate day) {
        return active && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
