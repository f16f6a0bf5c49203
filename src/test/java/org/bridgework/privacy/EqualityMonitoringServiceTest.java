package org.bridgework.privacy;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EqualityMonitoringServiceTest extends IntegrationTest {

    @Autowired
    EqualityMonitoringService equality;
    @Autowired
    ResidentService residents;
    @Autowired
    JdbcClient jdbc;

    private static EqualityAnswers answers(Religion religion) {
        return new EqualityAnswers(0, Ethnicity.WHITE_IRISH, Disability.NO, Sex.FEMALE, GenderSameAsBirth.YES,
                SexualOrientation.PREFER_NOT_TO_SAY, religion);
    }

    @Test
    void managersAndOfficersCannotReadOrWriteAPersonsAnswers() {
        var resident = fixtures.resident("Special", "Category");
        for (Role role : List.of(Role.MANAGER, Role.OFFICER, Role.FAMILY_WORKER, Role.PARTNER)) {
            fixtures.signInAs(role);
            assertThatThrownBy(() -> equality.find(resident.id())).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> equality.save(resident.id(), answers(Religion.SIKH))).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> equality.countsBy(EqualityField.SEX, EqualityScope.everyone()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorSavesAnswersAndTheAuditNamesTheQuestionsNotTheAnswers() {
        var resident = fixtures.resident("Ethel", "Equality");
        fixtures.signInAs(Role.ADMIN);
        var saved = equality.save(resident.id(), answers(Religion.JEWISH));
        var changed = equality.save(resident.id(), new EqualityAnswers(saved.version(), saved.ethnicity(),
                saved.disability(), saved.sex(), saved.genderSameAsBirth(), saved.sexualOrientation(), Religion.NO_RELIGION));

        assertThat(equality.find(resident.id())).contains(changed);
        assertThat(changed.religion()).isEqualTo(Religion.NO_RELIGION);
        var details = jdbc.sql("select details from audit_entry where subject_type = 'EQUALITY_MONITORING' and resident_id = ?"
                + " and action in ('CREATE','CHANGE') order by id").param(resident.id()).query(String.class).list();
        assertThat(details).hasSize(2);
        assertThat(details.get(1)).isEqualTo("changed: Religion or belief");
        assertThat(String.join(" ", details)).doesNotContain("Jewish", "JEWISH", "Irish", "Female");
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'EQUALITY_MONITORING' and action = 'VIEW'"
                + " and resident_id = ?").param(resident.id()).query(Long.class).single()).isEqualTo(1);

        assertThatThrownBy(() -> equality.save(resident.id(), answers(Religion.HINDU)))
                .as("a stale version").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void countsComeByWardWithoutPeopleAndSmallGroupsAreWithheld() {
        String ward = "E05009297";
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            var r = fixtures.resident("Counted" + i, "Inward");
            SystemUser.run(() -> residents.update(new org.bridgework.residents.ResidentForm(r.id(), 0, "Counted", "Inward",
                    null, null, null, null, null, null, "London", null, ward, null, null, "English", false, null, null, null, null)));
            ids.add(r.id());
        }
        fixtures.signInAs(Role.ADMIN);
        for (int i = 0; i < ids.size(); i++) {
            equality.save(ids.get(i), answers(i < 5 ? Religion.BUDDHIST : Religion.MUSLIM));
        }
        long buddhistBefore = jdbc.sql("select count(*) from equality_monitoring e join resident r on r.id = e.resident_id"
                + " where r.ward_code = ? and e.religion = 'BUDDHIST'").param(ward).query(Long.class).single();

        fixtures.signInAs(Role.MANAGER);
        var counts = equality.countsBy(EqualityField.RELIGION, EqualityScope.ward(ward));

        assertThat(counts.stream().map(EqualityCount::answer).toList()).containsExactly((EqualityAnswer[]) Religion.values());
        assertThat(counts).filteredOn(c -> c.answer() == Religion.BUDDHIST).singleElement()
                .extracting(EqualityCount::count).isEqualTo(buddhistBefore);
        assertThat(buddhistBefore).isGreaterThanOrEqualTo(5);
        var muslim = counts.stream().filter(c -> c.answer() == Religion.MUSLIM).findFirst().orElseThrow();
        if (jdbc.sql("select count(*) from equality_monitoring e join resident r on r.id = e.resident_id"
                + " where r.ward_code = ? and e.religion = 'MUSLIM'").param(ward).query(Long.class).single() < 5) {
            assertThat(muslim.suppressed()).isTrue();
        }
        var programme = equality.countsBy(EqualityField.RELIGION,
                EqualityScope.residents("select id from resident where id in (?, ?)", ids.get(0), ids.get(5)));
        assertThat(programme).allSatisfy(c -> assertThat(c.count()).as(c.answer().label()).isIn(0L, null));
        assertThat(programme).filteredOn(EqualityCount::suppressed).extracting(EqualityCount::answer)
                .containsExactlyInAnyOrder(Religion.BUDDHIST, Religion.MUSLIM);
    }

    @Test
    void anonymisingAResidentErasesTheirAnswers() {
        var resident = fixtures.resident("Erased", "Answers");
        fixtures.signInAs(Role.ADMIN);
        equality.save(resident.id(), answers(Religion.CHRISTIAN));
        residents.anonymise(resident.id(), "resident asked to be forgotten");
        assertThat(equality.find(resident.id())).isEmpty();
    }
}
