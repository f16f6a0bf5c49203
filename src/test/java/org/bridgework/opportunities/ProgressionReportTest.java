package org.bridgework.opportunities;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reports.SmallNumberSuppression.Cell;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressionReportTest extends IntegrationTest {

    private static final String ALDERSGATE = "E05009288";
    private static final String ALDGATE = "E05009289";

    @Autowired
    OpportunityService opportunities;
    @Autowired
    ProgressionService progression;
    @Autowired
    ResidentService residents;

    /*
     * Moved out of low pay:   Apprenticeship  Training course | total
     *   Aldersgate                   5               2        |   7
     *   Aldgate                      6               5        |  11
     *   total                       11               7        |  18
     * The 2 is under 5; its row partner (5) and column partner (5) go, then the 6 closes the square.
     * Totals stay shown: no hidden cell can be worked out from them. Plus one who stayed in low pay (counted
     * nowhere) and one already on the living wage at first contact (not in the table at all).
     */
    @Test
    void movesOutOfLowPayAreCountedByWardAndTypeWithSmallNumbersHidden() {
        var org = fixtures.organisation("Employer");
        fixtures.signInAs(Role.OFFICER);
        long apprenticeship = opportunities.save(OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("App"), 1500)).id();
        var course = OpportunityTestData.apprenticeship(org.id(), TestFixtures.unique("Course"), null);
        long training = opportunities.save(new Opportunity(null, 0, org.id(), course.title(), OpportunityType.TRAINING_COURSE, null,
                Sector.TECHNOLOGY, null, null, null, null, 12, null, null, false, false, null, null, false, "Online", OpportunityStatus.DRAFT)).id();
        LocalDate day = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(18000));

        moved(5, ALDERSGATE, apprenticeship, day);
        moved(2, ALDERSGATE, training, day);
        moved(6, ALDGATE, apprenticeship, day);
        moved(5, ALDGATE, training, day);
        var stayed = People.resident(residents, LocalDate.of(1990, 1, 1), ALDERSGATE);
        record(stayed.id(), apprenticeship, Checkpoint.FIRST_CONTACT, PayBand.UNDER_12, false, day);
        record(stayed.id(), apprenticeship, Checkpoint.TWELVE_MONTHS, PayBand.FROM_12_TO_13_99, false, day.plusMonths(12));
        var alreadyPaid = People.resident(residents, LocalDate.of(1990, 1, 1), ALDGATE);
        record(alreadyPaid.id(), training, Checkpoint.FIRST_CONTACT, PayBand.FROM_16_TO_19_99, true, day);
        record(alreadyPaid.id(), training, Checkpoint.SIX_MONTHS, PayBand.FROM_20, true, day.plusMonths(6));

        fixtures.signInAs(Role.MANAGER);
        var report = progression.lowPayReport(day, day);
        assertThat(report.wards()).containsExactly("Aldersgate", "Aldgate");
        assertThat(report.types()).containsExactly("Apprenticeship", "Training course");
        var t = report.table();
        assertThat(t.cells()[0]).containsExactly(new Cell(5, true), new Cell(2, true));
        assertThat(t.cells()[1]).containsExactly(new Cell(6, true), new Cell(5, true));
        assertThat(t.rowTotals()).containsExactly(new Cell(7, false), new Cell(11, false));
        assertThat(t.columnTotals()).containsExactly(new Cell(11, false), new Cell(7, false));
        assertThat(t.grandTotal()).isEqualTo(new Cell(18, false));
        assertThat(t.display(t.cell(0, 1))).isEqualTo("fewer than 5");

        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> progression.lowPayReport(day, day)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void payBandAndLivingWageMustAgreeAndAFollowUpNeedsAFirstContact() {
        var resident = fixtures.resident("Pia", TestFixtures.unique("Pay"));
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> progression.record(new Progression(null, resident.id(), null, Checkpoint.SIX_MONTHS,
                EmploymentStatus.EMPLOYED, PayBand.FROM_20, true, LocalDate.now())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("checkpoint"));
        assertThatThrownBy(() -> progression.record(new Progression(null, resident.id(), null, Checkpoint.FIRST_CONTACT,
                EmploymentStatus.EMPLOYED, PayBand.UNDER_12, true, LocalDate.now())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("paidLivingWage"));
        assertThatThrownBy(() -> progression.record(new Progression(null, resident.id(), null, Checkpoint.FIRST_CONTACT,
                EmploymentStatus.UNEMPLOYED, PayBand.FROM_20, false, LocalDate.now())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("payBand"));
        progression.record(new Progression(null, resident.id(), null, Checkpoint.FIRST_CONTACT,
                EmploymentStatus.UNEMPLOYED, PayBand.NO_PAY, false, LocalDate.now()));
        assertThatThrownBy(() -> progression.record(new Progression(null, resident.id(), null, Checkpoint.FIRST_CONTACT,
                EmploymentStatus.UNEMPLOYED, PayBand.NO_PAY, false, LocalDate.now()))).isInstanceOf(InvalidInputException.class);
        assertThat(progression.forResident(resident.id())).extracting(Progression::checkpoint).containsExactly(Checkpoint.FIRST_CONTACT);
    }

    private void moved(int people, String ward, long opportunityId, LocalDate day) {
        for (int i = 0; i < people; i++) {
            var r = People.resident(residents, LocalDate.of(1995, 3, 1), ward);
            record(r.id(), opportunityId, Checkpoint.FIRST_CONTACT, PayBand.UNDER_12, false, day);
            record(r.id(), opportunityId, i % 2 == 0 ? Checkpoint.SIX_MONTHS : Checkpoint.TWELVE_MONTHS,
                    PayBand.FROM_14_TO_15_99, true, day.plusMonths(6));
        }
    }

    private void record(long residentId, long opportunityId, Checkpoint checkpoint, PayBand band, boolean llw, LocalDate on) {
        progression.record(new Progression(null, residentId, opportunityId, checkpoint, EmploymentStatus.EMPLOYED, band, llw, on));
    }
}
