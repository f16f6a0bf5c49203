package org.bridgework.timecredits;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VolunteerSelfServiceTest extends IntegrationTest {

    @Autowired HoursService hours;
    @Autowired OfferService offerService;
    @Autowired MyCreditsService myCredits;
    @Autowired RedemptionService redemptions;
    @Autowired GiftService gifts;
    @Autowired ResidentCreditsService residentCredits;
    @Autowired PolicyService policies;
    @Autowired JdbcClient jdbc;
    CreditTestSupport credits;

    @BeforeEach
    void support() {
        credits = new CreditTestSupport(fixtures, hours, offerService);
    }

    @Test
    void aVolunteerCannotReadOrSpendAnotherMembersAccount() {
        var spend = fixtures.organisation("Cinema");
        var offer = credits.offer(spend, 1, 1, Audience.ALL);
        var victim = credits.volunteerResident();
        credits.earn(victim.id(), null, 5 * 60);
        String victimCard = SecurityTestCards.cardOf(fixtures, myCredits, victim.id());
        var me = credits.volunteerResident();
        credits.earn(me.id(), null, 60);

        fixtures.signInAs(Role.VOLUNTEER, null, me.id());
        assertThat(myCredits.balance()).isEqualTo(1);
        assertThat(myCredits.statement(null, null, 0, 50)).allMatch(l -> l.balanceAfter() <= 1);
        assertThat(myCredits.statementCsv(null, null)).doesNotContain("5 credits");
        assertThatThrownBy(() -> redemptions.redeem(CreditTestSupport.request(victimCard, offer, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residentCredits.balance(victim.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residentCredits.statement(victim.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hours.hours(null, 0, 10)).isInstanceOf(AccessDeniedException.class);

        var mine = redemptions.redeem(CreditTestSupport.request(null, offer, 1));
        assertThat(mine.balanceAfter()).isZero();
        assertThatThrownBy(() -> redemptions.redeem(CreditTestSupport.request(null, offer, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Not enough");

        fixtures.signInAs(Role.OFFICER);
        assertThat(residentCredits.balance(victim.id())).isEqualTo(5);
    }

    @Test
    void theStatementFiltersByDateAndDownloadsAsCsvAndPdf() throws java.io.IOException {
        var me = credits.volunteerResident();
        credits.earn(me.id(), null, 120);
        fixtures.signInAs(Role.VOLUNTEER, null, me.id());
        assertThat(myCredits.statement(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), 0, 10)).hasSize(1)
                .first().satisfies(l -> {
                    assertThat(l.amount()).isEqualTo(2);
                    assertThat(l.balanceAfter()).isEqualTo(2);
                });
        assertThat(myCredits.statement(LocalDate.now().minusYears(2), LocalDate.now().minusYears(1), 0, 10)).isEmpty();
        var csv = myCredits.statementCsv(null, null);
        assertThat(csv).startsWith("Date,Type,Description,Credits,Balance").contains("Earned").contains("Lunch club helper");
        assertThat(myCredits.cardQrSvg()).startsWith("<svg").contains("path");
        byte[] pdf = myCredits.statementPdf(null, null);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var text = new org.openpdf.text.pdf.parser.PdfTextExtractor(new org.openpdf.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Time Credits statement").contains("Lunch club helper");
        assertThat(jdbc.sql("select count(*) from audit_entry where resident_id = ? and action = 'EXPORT'").param(me.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void giftsMoveCreditsToAnotherMemberWithinThePolicy() {
        var giver = credits.volunteerResident();
        var receiver = credits.volunteerResident();
        credits.earn(giver.id(), null, 15 * 60);
        credits.earn(giver.id(), null, 15 * 60);
        String receiverCard = SecurityTestCards.cardOf(fixtures, myCredits, receiver.id());
        fixtures.signInAs(Role.VOLUNTEER, null, giver.id());
        int max = policies.current().maxGiftCredits();
        assertThatThrownBy(() -> gifts.gift(receiverCard, max + 1, CreditTestSupport.key()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 1 and " + max);
        String ownCard = myCredits.overview().membershipNumber();
        assertThatThrownBy(() -> gifts.gift(ownCard, 1, CreditTestSupport.key())).isInstanceOf(InvalidInputException.class);
        assertThat(gifts.gift(receiverCard.toLowerCase().replace("-", " "), 4, CreditTestSupport.key())).isEqualTo(26);
        fixtures.signInAs(Role.VOLUNTEER, null, receiver.id());
        assertThat(myCredits.balance()).isEqualTo(4);
        assertThatThrownBy(() -> gifts.gift(ownCard, 5, CreditTestSupport.key()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("You have 4");
    }

    @Test
    void offersNearMeAreThoseOfMyWardOrCityWide() {
        var spend = fixtures.organisation("Ward shop");
        fixtures.signInAs(Role.OFFICER);
        // fixtures' residents live in E05009288
        var inWard = offerService.save(new Offer(null, 0, spend.id(), "Here", null, 1, Audience.ALL, 1, LocalDate.now(), null, "E05009288", true));
        var elsewhere = offerService.save(new Offer(null, 0, spend.id(), "There", null, 1, Audience.ALL, 1, LocalDate.now(), null, "E05009300", true));
        var expired = offerService.save(new Offer(null, 0, spend.id(), "Gone", null, 1, Audience.ALL, 1,
                LocalDate.now().minusMonths(2), LocalDate.now().minusMonths(1), null, true));
        var me = credits.volunteerResident();
        fixtures.signInAs(Role.VOLUNTEER, null, me.id());
        var near = myCredits.offersNearMe(0, 500);
        assertThat(near).extracting(Offer::id).contains(inWard.id()).doesNotContain(elsewhere.id(), expired.id());
    }
}
