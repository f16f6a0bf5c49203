package org.bridgework.timecredits;

import org.bridgework.TestFixtures;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Role;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.UUID;

/** Gives a fresh volunteer credits through the real earning path, and publishes offers, restoring whoever was signed in. */
class CreditTestSupport {

    private final TestFixtures fixtures;
    private final HoursService hours;
    private final OfferService offers;

    CreditTestSupport(TestFixtures fixtures, HoursService hours, OfferService offers) {
        this.fixtures = fixtures;
        this.hours = hours;
        this.offers = offers;
    }

    HoursRecord earn(long residentId, Long organisationId, int minutes) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        fixtures.signInAs(Role.OFFICER);
        try {
            return hours.log(new HoursForm(residentId, organisationId, "Lunch club helper", LocalDate.now().minusDays(1),
                    minutes, "Session leader"));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    Offer offer(OrganisationDetails spendPartner, int credits, int perVisitCap, Audience audience) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        fixtures.signInAs(Role.OFFICER);
        try {
            return offers.save(new Offer(null, 0, spendPartner.id(), TestFixtures.unique("Swim "), null, credits, audience,
                    perVisitCap, LocalDate.now().minusDays(1), null, null, true));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static RedemptionRequest request(String card, Offer offer, int quantity) {
        return new RedemptionRequest(card, offer.id(), quantity, key());
    }

    ResidentSummary volunteerResident() {
        return fixtures.resident("Val", TestFixtures.unique("Unteer"));
    }
}
