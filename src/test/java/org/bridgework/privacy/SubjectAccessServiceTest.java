package org.bridgework.privacy;

import org.bridgework.IntegrationTest;
import org.bridgework.consent.ConsentPurpose;
import org.bridgework.consent.ConsentService;
import org.bridgework.consent.LawfulBasis;
import org.bridgework.consent.NewConsent;
import org.bridgework.consent.RecordedHow;
import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubjectAccessServiceTest extends IntegrationTest {

    @Autowired
    SubjectAccessService subjectAccess;
    @Autowired
    ConsentService consents;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportHoldsTheRecordConsentsAndEveryContributedSectionAsJsonAndPdf() throws Exception {
        var partner = fixtures.organisation("Referral Partner");
        var resident = fixtures.resident("Susan", "Subjectaccess");
        var officer = fixtures.signInAs(Role.OFFICER);
        consents.record(new NewConsent(resident.id(), ConsentPurpose.PHOTOGRAPHS, null, LawfulBasis.CONSENT,
                LocalDate.now(), RecordedHow.ONLINE_FORM, null));
        tx.executeWithoutResult(s -> events.publishEvent(
                new PartnerLinkChanged(resident.id(), partner.id(), "families.referral", "ref-" + resident.id(), true)));
        fixtures.signInAs(Role.ADMIN);

        var export = subjectAccess.export(resident.id());

        var tree = JsonMapper.builder().build().readTree(export.json());
        assertThat(tree.path("Personal details").path("First name").asString()).isEqualTo("Susan");
        assertThat(tree.path("Personal details").path("Last name").asString()).startsWith("Subjectaccess");
        assertThat(tree.path("Consents").get(0).path("Purpose").asString()).isEqualTo(ConsentPurpose.PHOTOGRAPHS.label());
        assertThat(tree.path("Consents").get(0).path("Given on").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(tree.path("Partner organisations linked to this record").path("links").get(0).path("organisation").asString())
                .isEqualTo(partner.name());
        assertThat(new String(export.json(), StandardCharsets.UTF_8)).contains(officer.getUsername());

        assertThat(new String(export.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var reader = new PdfReader(export.pdf());
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        var text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        assertThat(text.toString()).contains("Susan", partner.name(), ConsentPurpose.PHOTOGRAPHS.label());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and resident_id = ?")
                .param(resident.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAdministratorsExport() {
        var resident = fixtures.resident("Not", "Exported");
        fixtures.signInAs(Role.MANAGER);
        assertThatThrownBy(() -> subjectAccess.export(resident.id())).isInstanceOf(AccessDeniedException.class);
    }
}
