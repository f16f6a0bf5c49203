package org.bridgework.funding;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bridgework.IntegrationTest;
import org.bridgework.TestFixtures;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GivingExportTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    GrantService grants;
    @Autowired
    GivingExport export;
    @Autowired
    GivingSchemas schemas;
    @Autowired
    JdbcClient jdbc;

    private String programme;
    private Grant toynbee;
    private Grant school;

    private void demoLikeGrants() {
        var charity = fixtures.organisation("Toynbee Hall");
        var unregistered = fixtures.organisation("Prior Weston School");
        fixtures.signInAs(Role.MANAGER);
        programme = TestFixtures.unique("Bridging Divides ");
        var base = FundingFixtures.grant(charity.id(), "Bridging Divides: money advice in Portsoken", "48500",
                LocalDate.of(2025, 4, 1), List.of("E05009305", "E05009289"));
        toynbee = grants.save(new Grant(null, 0, base.title(), base.description(), base.amountAwarded(), "GBP", base.awardDate(),
                base.plannedStart(), base.plannedEnd(), programme, "GB-CHC-1035628", "City Bridge Trust", charity.id(), null, null,
                base.wardCodes(), "E01000005", null));
        school = grants.save(new Grant(null, 0, "Coach travel to the Barbican", "School visit travel costs for Year 5.",
                new java.math.BigDecimal("612.40"), "GBP", LocalDate.of(2025, 6, 12), null, null, programme, "GB-LAE-LND",
                "City of London Corporation", unregistered.id(), null, null, List.of("E05009288"), null, null));
        jdbc.sql("update grant_award set recipient_identifier = 'GB-CHC-211850' where id = ?").param(toynbee.id()).update();
    }

    private JsonNode exportJson(GrantFilter filter) {
        var out = new ByteArrayOutputStream();
        export.write(filter, ExportFormat.JSON, out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void theDataPackageValidatesAgainstThe360GivingSchemasWithPrefixedIdsAndOrgIds() {
        demoLikeGrants();
        var pkg = exportJson(new GrantFilter(programme, null, 2025, null));

        assertThat(schemas.checkPackage(pkg)).isEmpty();
        var grantsJson = pkg.get("grants");
        assertThat(grantsJson).hasSize(2);
        var first = grantsJson.get(0);
        assertThat(first.get("id").asString()).isEqualTo("360G-cityoflondon-" + toynbee.id());
        assertThat(first.get("amountAwarded").isNumber()).isTrue();
        assertThat(first.get("amountAwarded").decimalValue()).isEqualByComparingTo("48500");
        assertThat(first.get("awardDate").asString()).isEqualTo("2025-04-01");
        assertThat(first.get("recipientOrganization").get(0).get("id").asString()).isEqualTo("GB-CHC-211850");
        assertThat(first.get("fundingOrganization").get(0).get("id").asString()).isEqualTo("GB-CHC-1035628");
        assertThat(first.get("grantProgramme").get(0).get("title").asString()).isEqualTo(programme);
        assertThat(first.get("plannedDates").get(0).get("startDate").asString()).isEqualTo("2025-05-01");
        var places = first.get("beneficiaryLocation");
        assertThat(places).hasSize(3);
        assertThat(places.get(0).get("geoCode").asString()).isEqualTo("E05009289");
        assertThat(places.get(0).get("geoCodeType").asString()).isEqualTo("WD");
        assertThat(places.get(2).get("geoCodeType").asString()).isEqualTo("LSOA");
        var second = grantsJson.get(1);
        assertThat(second.get("id").asString()).startsWith("360G-cityoflondon-");
        assertThat(second.get("recipientOrganization").get(0).get("id").asString())
                .as("a recipient without a register number gets a 360G identifier").startsWith("360G-cityoflondon-org-");
        assertThat(second.get("fundingOrganization").get(0).get("id").asString()).matches(GrantRules.ORG_ID);
        assertThat(pkg.get("publisher").get("identifier").asString()).isEqualTo("GB-LAE-LND");
    }

    @Test
    void theSchemaCatchesAHandBrokenDocument() {
        demoLikeGrants();
        var pkg = (ObjectNode) exportJson(new GrantFilter(programme, null, null, null));
        var grant = (ObjectNode) pkg.get("grants").get(0);
        grant.put("amountAwarded", "forty-eight thousand");
        grant.remove("fundingOrganization");

        var problems = schemas.checkPackage(pkg);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("amountAwarded").contains("number"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("fundingOrganization"));
    }

    @Test
    void aGrantThatBreaksTheSchemaIsRefusedByNameAndFieldAndNothingIsWritten() {
        demoLikeGrants();
        jdbc.sql("update grant_award set currency = 'ZZZ' where id = ?").param(school.id()).update();
        try {
            assertThatThrownBy(() -> export.prepare(new GrantFilter(programme, null, null, null), ExportFormat.JSON))
                    .isInstanceOfSatisfying(ExportRefusedException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> assertThat(p)
                                    .startsWith("Grant 360G-cityoflondon-" + school.id() + " (\"Coach travel to the Barbican\")")
                                    .contains("currency")));
        } finally {
            // the database is shared: later exports of every grant must not meet this broken one
            jdbc.sql("update grant_award set currency = 'GBP' where id = ?").param(school.id()).update();
        }
        assertThatThrownBy(() -> export.write(new GrantFilter(TestFixtures.unique("No such programme"), null, null, null),
                ExportFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(ExportRefusedException.class, e -> assertThat(e.problems().getFirst()).contains("No grants match"));
    }

    @Test
    void aPartnersExportHoldsOnlyItsOwnGrants() {
        demoLikeGrants();
        long own = fixtures.signInAs(Role.PARTNER).organisationId().orElseThrow();
        fixtures.signInAs(Role.MANAGER);
        var ours = grants.save(FundingFixtures.grant(own, "Ours", "1200", LocalDate.of(2025, 2, 2), List.of("E05009291")));

        fixtures.signInAs(Role.PARTNER, own, null);
        var pkg = exportJson(GrantFilter.none());
        assertThat(pkg.get("grants")).hasSize(1);
        assertThat(pkg.get("grants").get(0).get("id").asString()).isEqualTo("360G-cityoflondon-" + ours.id());
        assertThatThrownBy(() -> export.write(new GrantFilter(programme, null, null, null), ExportFormat.JSON,
                new ByteArrayOutputStream())).isInstanceOf(ExportRefusedException.class);
    }

    @Test
    void spreadsheetsCarry360GivingColumnTitlesAndTheDownloadIsAudited() throws Exception {
        demoLikeGrants();
        var filter = new GrantFilter(programme, null, null, null);
        var out = new ByteArrayOutputStream();
        assertThat(export.write(filter, ExportFormat.CSV, out)).isEqualTo(2);
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8))) {
            assertThat(parser.getHeaderNames()).startsWith("Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date")
                    .contains("Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
                            "Grant Programme:Title", "Beneficiary Location:Geographic Code", "Beneficiary Location:2:Geographic Code Type");
            var rows = parser.getRecords();
            assertThat(rows.getFirst().get("Identifier")).isEqualTo("360G-cityoflondon-" + toynbee.id());
            assertThat(rows.getFirst().get("Amount Awarded")).isEqualTo("48500.00");
            assertThat(rows.get(1).get("Beneficiary Location:Geographic Code")).isEqualTo("E05009288");
            assertThat(rows.get(1).get("Beneficiary Location:1:Geographic Code")).isEmpty();
        }

        var file = export.prepare(filter, ExportFormat.XLSX);
        try (var in = export.download(file); var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Amount Awarded");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(48500.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        assertThat(Files.exists(file.path())).as("the prepared file is removed once read").isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and subject_type = 'GRANTS_360GIVING'"
                + " and details like ?").param("XLSX, 2 grants, programme " + programme + "%").query(Long.class).single()).isEqualTo(1);
        assertThat(Set.of(ExportFormat.values())).hasSize(3);
    }
}
