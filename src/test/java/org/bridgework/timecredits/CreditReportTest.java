package org.bridgework.timecredits;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.TestFixtures;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditReportTest extends IntegrationTest {

    @Autowired HoursService hours;
    @Autowired OfferService offerService;
    @Autowired MyCreditsService myCredits;
    @Autowired RedemptionService redemptions;
    @Autowired ReversalService reversals;
    @Autowired CreditReportService reports;
    @Autowired ResidentService residents;
    CreditTestSupport credits;

    @BeforeEach
    void support() {
        credits = new CreditTestSupport(fixtures, hours, offerService);
    }

    @Test
    void figuresByPartnerMonthAndWardAreNetOfCorrectionsAndPartnersSeeOnlyTheirOwn() {
        var earn = fixtures.organisation("Earn");
        var spend = fixtures.organisation("Spend");
        var offer = credits.offer(spend, 2, 1, Audience.ALL);
        fixtures.signInAs(Role.OFFICER);
        var wardBefore = ward(reports.byWard(), "E05009288");
        var volunteer = credits.volunteerResident();
        credits.earn(volunteer.id(), earn.id(), 150);
        String card = SecurityTestCards.cardOf(fixtures, myCredits, volunteer.id());
        fixtures.signInAs(Role.PARTNER, spend.id(), null);
        var first = redemptions.redeem(CreditTestSupport.request(card, offer, 1));
        assertThat(reports.mySettlement()).singleElement().satisfies(s -> {
            assertThat(s.redemptions()).isEqualTo(1);
            assertThat(s.credits()).isEqualTo(2);
        });
        assertThat(reports.myRedemptions(0, 10)).singleElement().satisfies(r -> assertThat(r.membershipNumber()).isEqualTo(card));
        assertThat(reports.byPartnerAndMonth()).allMatch(r -> spend.id().equals(r.organisationId()));

        fixtures.signInAs(Role.MANAGER);
        reversals.reverse(first.transactionId(), "Member was charged twice at the desk");
        String month = YearMonth.now().toString();
        var rows = reports.byPartnerAndMonth();
        assertThat(row(rows, month, earn.id()).issued()).isEqualTo(2);
        // hours count in the month they were given (yesterday), credits in the month they were issued
        String hoursMonth = YearMonth.from(LocalDate.now().minusDays(1)).toString();
        assertThat(row(rows, hoursMonth, earn.id()).minutesVolunteered()).isEqualTo(150);
        assertThat(row(rows, month, spend.id()).spent()).isZero();
        var wardAfter = ward(reports.byWard(), "E05009288");
        assertThat(wardAfter.issued() - wardBefore.issued()).isEqualTo(2);
        assertThat(wardAfter.outstanding() - wardBefore.outstanding()).isEqualTo(2);

        fixtures.signInAs(Role.PARTNER, spend.id(), null);
        assertThat(reports.mySettlement()).isEmpty();
        assertThat(reports.myRedemptions(0, 10)).singleElement().satisfies(r -> assertThat(r.reversed()).isTrue());
        fixtures.signInAs(Role.PARTNER, earn.id(), null);
        assertThat(reports.byPartnerAndMonth()).extracting(ReportRow::organisationId).containsOnly(earn.id());
        assertThatThrownBy(() -> reports.byWard()).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> reports.mySettlement()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdultsOnlyOfferRefusesAChildAndServesAnAdult() {
        var spend = fixtures.organisation("Gym");
        var offer = credits.offer(spend, 1, 1, Audience.ADULTS);
        var child = SystemUser.call(() -> residents.create(new ResidentForm(null, 0, "Kid", TestFixtures.unique("Young"), null,
                LocalDate.now().minusYears(12), null, null, "1 Golden Lane", null, "London", "EC1Y 0RN", "E05009288",
                null, null, "English", false, null, null, null, null)));
        var adult = credits.volunteerResident();
        credits.earn(child.id(), null, 60);
        credits.earn(adult.id(), null, 60);
        String childCard = SecurityTestCards.cardOf(fixtures, myCredits, child.id());
        String adultCard = SecurityTestCards.cardOf(fixtures, myCredits, adult.id());
        fixtures.signInAs(Role.PARTNER, spend.id(), null);
        assertThatThrownBy(() -> redemptions.redeem(CreditTestSupport.request(childCard, offer, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("adults only");
        assertThat(redemptions.redeem(CreditTestSupport.request(adultCard, offer, 1)).balanceAfter()).isZero();
    }

    private static ReportRow row(List<ReportRow> rows, String month, Long org) {
        return rows.stream().filter(r -> month.equals(r.month()) && org.equals(r.organisationId())).findFirst().orElseThrow();
    }

    private static ReportRow ward(List<ReportRow> rows, String ward) {
        return rows.stream().filter(r -> ward.equals(r.wardCode())).findFirst()
                .orElse(new ReportRow(null, null, null, ward, 0, 0, 0, 0, 0));
    }
}
