package org.bridgework.reports;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.activities.StrategyService;
import org.bridgework.security.Role;
import org.bridgework.timecredits.Audience;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;
import org.bridgework.timecredits.Offer;
import org.bridgework.timecredits.OfferService;
import org.bridgework.timecredits.RedemptionRequest;
import org.bridgework.timecredits.RedemptionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credits issued and redeemed in the outcome report, worked out by hand: a volunteer earns 3 credits with one
 * partner for hours worked three days ago, then spends 2 at that partner and 1 at another; a second volunteer earns
 * 2 with the other partner. Each partner's report counts only the movements booked to it, and only those made in
 * the period (the ledger books a movement when it is made, today, and is append-only).
 */
class CreditFiguresTest extends IntegrationTest {

    @Autowired OutcomeQueries queries;
    @Autowired StrategyService strategy;
    @Autowired HoursService hours;
    @Autowired OfferService offers;
    @Autowired RedemptionService redemptions;

    private static final LocalDate TODAY = LocalDate.now();
    private static final ReportPeriod MONTH = new ReportPeriod(TODAY.minusDays(30), TODAY);

    @Test
    void creditsIssuedAndRedeemedCountForThePartnerTheyAreBookedToWithinThePeriod() {
        var own = fixtures.organisation("Credit partner");
        var other = fixtures.organisation("Other credit partner");
        var volunteer = fixtures.resident("Vera", TestFixtures.unique("Credits"));
        var otherVolunteer = fixtures.resident("Omar", TestFixtures.unique("Credits"));
        fixtures.signInAs(Role.OFFICER);
        int perCredit = hours.minutesPerCredit();
        hours.log(new HoursForm(volunteer.id(), own.id(), "Lunch club helper", TODAY.minusDays(3), 3 * perCredit, "Leader"));
        hours.log(new HoursForm(otherVolunteer.id(), other.id(), "Lunch club helper", TODAY.minusDays(3), 2 * perCredit, "Leader"));
        Offer ownOffer = offer(own.id(), 2);
        Offer otherOffer = offer(other.id(), 1);
        fixtures.signInAs(Role.VOLUNTEER, null, volunteer.id());
        redemptions.redeem(new RedemptionRequest(null, ownOffer.id(), 1, UUID.randomUUID().toString()));
        redemptions.redeem(new RedemptionRequest(null, otherOffer.id(), 1, UUID.randomUUID().toString()));
        fixtures.signInAs(Role.MANAGER);
        var mapping = StrategyMapping.from(strategy);
        long heading = mapping.volunteering().headingId();

        Tally mine = queries.tally(MONTH, ReportScope.organisation(own.id()), Breakdown.NONE, mapping);
        assertThat(mine.headingTotals.get(heading)).satisfies(v -> {
            assertThat(v[Tally.ISSUED]).isEqualTo(3);
            assertThat(v[Tally.REDEEMED]).isEqualTo(2);
            assertThat(v[Tally.RESIDENTS]).isEqualTo(1);
            assertThat(v[Tally.MINUTES]).isEqualTo(3L * perCredit);
        });
        assertThat(mine.grand[Tally.ISSUED]).isEqualTo(3);
        assertThat(mine.grand[Tally.REDEEMED]).isEqualTo(2);

        Tally theirs = queries.tally(MONTH, ReportScope.organisation(other.id()), Breakdown.NONE, mapping);
        assertThat(theirs.grand[Tally.ISSUED]).isEqualTo(2);
        assertThat(theirs.grand[Tally.REDEEMED]).isEqualTo(1);
        assertThat(theirs.grand[Tally.RESIDENTS]).isEqualTo(2);

        // the breakdown reads the same rows: all of it falls in the volunteer's ward
        Tally byWard = queries.tally(MONTH, ReportScope.organisation(own.id()), Breakdown.WARD, mapping);
        assertThat(byWard.categoryTotals.get("E05009288")[Tally.ISSUED]).isEqualTo(3);
        assertThat(byWard.categoryTotals.get("E05009288")[Tally.REDEEMED]).isEqualTo(2);
        assertThat(byWard.outcomeCells.get(mapping.volunteering().outcomeId()).get("E05009288")[Tally.ISSUED]).isEqualTo(3);
        assertThat(byWard.headingCells.get(heading).get("E05009288")[Tally.REDEEMED]).isEqualTo(2);
        assertThat(byWard.grand[Tally.ISSUED]).isEqualTo(3);

        // by partner and by programme the movements sit under the partner they are booked to and the Time Credits programme
        Tally byPartner = queries.tally(MONTH, ReportScope.organisation(other.id()), Breakdown.ORGANISATION, mapping);
        assertThat(byPartner.categoryTotals.get(String.valueOf(other.id()))[Tally.ISSUED]).isEqualTo(2);
        assertThat(byPartner.categoryTotals.get(String.valueOf(other.id()))[Tally.REDEEMED]).isEqualTo(1);
        assertThat(byPartner.categoryTotals.get(String.valueOf(other.id()))[Tally.RESIDENTS]).isEqualTo(2);
        assertThat(byPartner.categoryTotals).doesNotContainKey(String.valueOf(own.id()));
        Tally byProgramme = queries.tally(MONTH, ReportScope.organisation(own.id()), Breakdown.PROGRAMME, mapping);
        String programme = String.valueOf(mapping.volunteering().programmeId());
        assertThat(byProgramme.headingCells.get(heading).get(programme)[Tally.ISSUED]).isEqualTo(3);
        assertThat(byProgramme.headingCells.get(heading).get(programme)[Tally.REDEEMED]).isEqualTo(2);
        assertThat(byProgramme.grand[Tally.RESIDENTS]).isEqualTo(1);

        // a period that ends yesterday holds the hours worked but none of today's movements
        Tally before = queries.tally(new ReportPeriod(TODAY.minusDays(30), TODAY.minusDays(1)), ReportScope.organisation(own.id()),
                Breakdown.NONE, mapping);
        assertThat(before.grand[Tally.MINUTES]).isEqualTo(3L * perCredit);
        assertThat(before.grand[Tally.ISSUED]).isZero();
        assertThat(before.grand[Tally.REDEEMED]).isZero();
    }

    private Offer offer(long organisationId, int credits) {
        return offers.save(new Offer(null, 0, organisationId, TestFixtures.unique("Swim "), null, credits, Audience.ALL, 1,
                TODAY.minusDays(1), null, null, true));
    }
}
