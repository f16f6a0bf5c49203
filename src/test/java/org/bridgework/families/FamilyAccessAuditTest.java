package org.bridgework.families;

import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentAnonymised;
import org.bridgework.residents.ResidentsMerged;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FamilyAccessAuditTest extends FamilyTestBase {

    @Autowired
    FamilySupportService support;
    @Autowired
    CaseNoteService notes;
    @Autowired
    CaseDocumentService documents;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;

    @Test
    void everyOpeningOfACaseIsAuditedForEachMember() {
        var lead = sharedWorker();
        var h = household(3);
        long caseId = acceptedCase(h, lead);
        cases.open(caseId);
        cases.open(caseId);
        for (long member : h.memberIds()) {
            assertThat(auditCount("FAMILY_CASE", caseId, member, "VIEW")).isEqualTo(2);
        }
        fixtures.signInAs(Role.MANAGER);
        cases.open(caseId);
        assertThat(auditCount("FAMILY_CASE", caseId, h.memberIds().getFirst(), "VIEW")).isEqualTo(3);
    }

    @Test
    void otherStaffLearnOnlyWhoTheLeadWorkerIs() {
        var lead = worker();
        workers.saveMyContact("020 7606 3030", "fiona@example.gov.uk");
        var h = household(2);
        acceptedCase(h, lead);
        fixtures.signInAs(Role.OFFICER);
        var contact = support.leadWorkerFor(h.memberIds().get(1)).orElseThrow();
        assertThat(contact.name()).isEqualTo(lead.displayName());
        assertThat(contact.contactLine()).contains("020 7606 3030", "fiona@example.gov.uk");
        assertThat(support.leadWorkerFor(household(1).memberIds().getFirst())).isEmpty();
        fixtures.signInAs(Role.PARTNER);
        assertThatThrownBy(() -> support.leadWorkerFor(h.memberIds().getFirst())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void documentsAreCheckedByTheirBytesNotTheirName() {
        var lead = sharedWorker();
        long caseId = acceptedCase(household(1), lead);
        byte[] png = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        var doc = documents.upload(caseId, "School report", png);
        assertThat(doc.contentType()).isEqualTo("image/png");
        var downloaded = documents.download(doc.id());
        assertThat(downloaded.bytes()).isEqualTo(png);
        assertThat(downloaded.fileName()).isEqualTo("School report.png");
        assertThatThrownBy(() -> documents.upload(caseId, "invoice.pdf", "MZ this is a program".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("file"));
        assertThatThrownBy(() -> documents.upload(caseId, "big", new byte[(int) documents.maxBytes() + 1]))
                .isInstanceOf(InvalidInputException.class);
        assertThat(documents.documents(caseId)).hasSize(1);
        fixtures.signInAs(Role.PARTNER);
        assertThatThrownBy(() -> documents.download(doc.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMergeMovesMembershipToTheSurvivorAndUndoMovesItBack() {
        var lead = sharedWorker();
        var h = household(1);
        long caseId = acceptedCase(h, lead);
        long duplicate = h.memberIds().getFirst();
        long survivor = household(1).memberIds().getFirst();
        tx.executeWithoutResult(s -> publisher.publishEvent(new ResidentsMerged(survivor, duplicate, false)));
        assertThat(cases.memberIds(caseId)).containsExactly(survivor);
        tx.executeWithoutResult(s -> publisher.publishEvent(new ResidentsMerged(survivor, duplicate, true)));
        assertThat(cases.memberIds(caseId)).containsExactly(duplicate);
    }

    @Test
    void anonymisingASoleMemberErasesTheCaseTextButNotAFamilysSharedNotes() {
        var lead = sharedWorker();
        var alone = household(1);
        long soleCase = acceptedCase(alone, lead);
        notes.add(soleCase, NoteType.VISIT, LocalDate.now(), "Private details about this person", false);
        var family = household(2);
        long familyCase = acceptedCase(family, lead);
        notes.add(familyCase, NoteType.VISIT, LocalDate.now(), "Notes about the whole family", false);

        SystemUser.run(() -> residents.anonymise(alone.memberIds().getFirst(), "erasure request"));
        SystemUser.run(() -> residents.anonymise(family.memberIds().getFirst(), "erasure request"));

        as(lead);
        assertThat(notes.notes(soleCase)).extracting(CaseNote::body).containsOnly(FamilyResidentListener.ERASED);
        assertThat(notes.notes(familyCase)).extracting(CaseNote::body).containsExactly("Notes about the whole family");
        assertThat(cases.open(soleCase).referralDetails()).isNull();
    }

    @Autowired
    FamilyPersonalData personalData;
    @Autowired
    FamilyDashboardService dashboards;

    @Test
    void theSubjectAccessExportHoldsTheResidentsCasesWithRestrictedNotesMarked() {
        var lead = sharedWorker();
        var h = household(2);
        long caseId = acceptedCase(h, lead);
        notes.add(caseId, NoteType.VISIT, LocalDate.now(), "Visited at home", false);
        notes.add(caseId, NoteType.OTHER, LocalDate.now(), "Sensitive", true);
        var data = personalData.dataFor(h.memberIds().get(1));
        @SuppressWarnings("unchecked")
        var exported = (java.util.List<java.util.Map<String, Object>>) data.get("cases");
        assertThat(exported).hasSize(1);
        @SuppressWarnings("unchecked")
        var exportedNotes = (java.util.List<java.util.Map<String, Object>>) exported.getFirst().get("notes");
        assertThat(exportedNotes).extracting(n -> n.get("text")).containsExactlyInAnyOrder("Visited at home", "Sensitive");
        assertThat(exportedNotes).filteredOn(n -> "Sensitive".equals(n.get("text")))
                .extracting(n -> (String) n.get("restricted")).allMatch(r -> r.startsWith("Restricted"));
        assertThat(personalData.dataFor(household(1).memberIds().getFirst()).get("cases")).asList().isEmpty();
    }

    @Test
    void theManagerOverviewCountsCasesPerWorkerAndNeedAndTheTimeToFirstContact() {
        var lead = worker();
        var h = household(1);
        long caseId = acceptedCase(h, lead);
        jdbc.sql("update family_case set received_at = ? where id = ?")
                .params(java.time.Instant.now().minus(java.time.Duration.ofDays(4)), caseId).update();
        notes.add(caseId, NoteType.CALL, LocalDate.now(), "First call", false);
        assertThat(cases.open(caseId).summary().daysToFirstContact()).isBetween(3L, 4L);
        assertThat(cases.casesForResident(h.memberIds().getFirst())).extracting(CaseSummary::id).containsExactly(caseId);
        fixtures.signInAs(Role.MANAGER);
        var o = dashboards.overview();
        assertThat(o.caseloads()).filteredOn(c -> Long.valueOf(lead.id()).equals(c.workerId()))
                .extracting(ManagerOverview.Caseload::open).containsExactly(1L);
        assertThat(o.averageDaysToFirstContact()).isNotNull();
        assertThat(o.casesByNeed()).isNotEmpty().allSatisfy(n -> assertThat(n.allCases()).isGreaterThanOrEqualTo(n.openCases()));
        fixtures.signInAs(Role.FAMILY_WORKER);
        assertThatThrownBy(() -> dashboards.overview()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAdministratorsEditTheNeedsList() {
        sharedWorker();
        assertThatThrownBy(() -> needs.save(new Need(0, 0, "Something", 0, true))).isInstanceOf(AccessDeniedException.class);
        assertThat(needs.needs(false)).extracting(Need::label).contains("Getting a good education", "Secure housing",
                "Financial stability", "Employability and skills");
        fixtures.signInAs(Role.ADMIN);
        String label = org.bridgework.TestFixtures.unique("Digital inclusion");
        var added = needs.save(new Need(0, 0, label, 0, true));
        needs.save(new Need(added.id(), added.version(), label, added.sortOrder(), false));
        assertThat(needs.needs(false)).extracting(Need::label).doesNotContain(label);
        assertThat(needs.needs(true)).extracting(Need::label).contains(label);
    }
}
