package org.bridgework.funding;

import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrantServiceTest extends IntegrationTest {

    @Autowired
    GrantService grants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerRecordsAGrantWithTheRecipientsOrgIdAndItIsAudited() {
        var recipient = fixtures.organisation("Toynbee");
        fixtures.signInAs(Role.MANAGER);
        var saved = grants.save(FundingFixtures.grant(recipient.id(), TestFixtures.unique("Money advice"), "25000.50",
                LocalDate.of(2025, 4, 1), List.of("E05009300", "E05009289")));

        assertThat(saved.id()).isNotNull();
        assertThat(saved.amountAwarded()).isEqualByComparingTo("25000.50");
        assertThat(saved.recipientName()).isEqualTo(recipient.name());
        assertThat(saved.wardCodes()).containsExactly("E05009289", "E05009300");
        assertThat(grants.grantIdentifier(saved.id())).isEqualTo("360G-cityoflondon-" + saved.id());
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'GRANT' and subject_id = ? and action = 'CREATE'")
                .param(saved.id()).query(Long.class).single()).isEqualTo(1);

        var edited = grants.save(saved.withAmount(new BigDecimal("26000")));
        assertThat(edited.version()).isEqualTo(saved.version() + 1);
        assertThat(jdbc.sql("select details from audit_entry where subject_type = 'GRANT' and subject_id = ? and action = 'CHANGE'")
                .param(saved.id()).query(String.class).single()).contains("Amount awarded: '25000.5' -> '26000'");
    }

    @Test
    void aBrokenGrantIsRefusedWithAMessageBesideEachField() {
        var recipient = fixtures.organisation("Refused");
        fixtures.signInAs(Role.MANAGER);
        var broken = new Grant(null, 0, " ", "", null, "POUNDS", null, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1),
                "", "City Corporation", "", recipient.id(), null, null, List.of("E05999999"), "E0100000X", null);

        assertThatThrownBy(() -> grants.save(broken)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).containsKeys("title", "description", "amountAwarded", "currency", "awardDate",
                    "plannedEnd", "programme", "funderIdentifier", "funderName", "wards", "lsoaCode");
            assertThat(e.fieldErrors().get("amountAwarded")).isEqualTo("Enter the amount awarded in pounds, for example 25000 or 1250.50.");
            assertThat(e.fieldErrors().get("funderIdentifier")).contains("GB-LAE-LND");
        });
        var good = FundingFixtures.grant(recipient.id(), "Negative", "-5", LocalDate.of(2025, 1, 1), List.of("E05009289"));
        assertThatThrownBy(() -> grants.save(good)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("amountAwarded"));
        assertThatThrownBy(() -> grants.save(good.withAmount(new BigDecimal("10.005"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("amountAwarded")).contains("two decimal places"));
        assertThatThrownBy(() -> grants.save(good.withAmount(BigDecimal.TEN).withFunder(null, "City Bridge Trust")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("funderIdentifier"));
    }

    @Test
    void aSecondSaveOfAStaleCopyIsRefusedAndSaysWhatTheOtherPersonChanged() {
        var recipient = fixtures.organisation("Stale");
        fixtures.signInAs(Role.MANAGER);
        var opened = grants.save(FundingFixtures.grant(recipient.id(), TestFixtures.unique("Youth club"), "5000",
                LocalDate.of(2025, 6, 1), List.of("E05009289")));
        grants.save(opened.withAmount(new BigDecimal("7500")));

        assertThatThrownBy(() -> grants.save(opened.withTitle("My new title")))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(e.theirChanges())
                        .anySatisfy(c -> {
                            assertThat(c.field()).isEqualTo("Amount awarded");
                            assertThat(c.after()).isEqualTo("7500");
                        }));
        assertThat(grants.find(opened.id()).orElseThrow().title()).isEqualTo(opened.title());
    }

    @Test
    void aPartnerSeesOnlyItsOwnGrantsAndCannotEditAny() {
        var other = fixtures.organisation("Other");
        fixtures.signInAs(Role.MANAGER);
        var othersGrant = grants.save(FundingFixtures.grant(other.id(), TestFixtures.unique("Other's grant"), "1000",
                LocalDate.of(2025, 2, 1), List.of("E05009289")));
        var partner = fixtures.signInAs(Role.PARTNER);
        long own = partner.organisationId().orElseThrow();
        var manager = fixtures.signInAs(Role.MANAGER);
        var ownGrant = grants.save(FundingFixtures.grant(own, TestFixtures.unique("Own grant"), "2000",
                LocalDate.of(2025, 2, 1), List.of("E05009289")));
        assertThat(manager.role()).isEqualTo(Role.MANAGER);

        fixtures.signInAs(Role.PARTNER, own, null);
        assertThat(grants.find(othersGrant.id())).isEmpty();
        assertThat(grants.find(ownGrant.id())).isPresent();
        assertThat(grants.page(GrantFilter.none(), 0, 100)).extracting(Grant::id).containsExactly(ownGrant.id());
        assertThat(grants.page(new GrantFilter(null, other.id(), null, null), 0, 100)).isEmpty();
        assertThat(grants.count(GrantFilter.none())).isEqualTo(1);
        assertThatThrownBy(() -> grants.save(othersGrant.withTitle("Taken over"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grants.save(ownGrant.withAmount(new BigDecimal("99999")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRegisterFiltersByProgrammeYearAndWardInSql() {
        var recipient = fixtures.organisation("Filtered");
        fixtures.signInAs(Role.MANAGER);
        String programme = TestFixtures.unique("School visits travel fund ");
        var visit = FundingFixtures.grant(recipient.id(), "Coach to the Museum of London", "850", LocalDate.of(2024, 10, 3),
                List.of("E05009305"));
        visit = new Grant(null, 0, visit.title(), visit.description(), visit.amountAwarded(), "GBP", visit.awardDate(), null, null,
                programme, "GB-LAE-LND", "City of London Corporation", recipient.id(), null, null, visit.wardCodes(), null, null);
        var a = grants.save(visit);
        var b = grants.save(visit.withTitle("Coach to the Barbican"));

        assertThat(grants.page(new GrantFilter(programme, null, null, null), 0, 10)).extracting(Grant::id).containsExactly(b.id(), a.id());
        assertThat(grants.page(new GrantFilter(programme, null, 2025, null), 0, 10)).isEmpty();
        assertThat(grants.page(new GrantFilter(programme, null, 2024, "E05009305"), 0, 1)).hasSize(1);
        assertThat(grants.page(new GrantFilter(programme, recipient.id(), 2024, "E05009289"), 0, 10)).isEmpty();
        assertThat(grants.programmes()).contains(programme);
    }
}
