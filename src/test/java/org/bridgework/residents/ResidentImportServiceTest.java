package org.bridgework.residents;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ResidentImportServiceTest extends IntegrationTest {

    @Autowired
    ResidentImportService imports;
    @Autowired
    ResidentService residents;

    @Test
    void aFileWithBadRowsSavesNothingAndSaysWhatIsWrongInEachRow() {
        fixtures.signInAs(Role.MANAGER);
        String family = ResidentTestData.name();
        byte[] csv = csv("Forename,Surname,DOB,Post code,Ward,Email\n"
                + "Ann," + family + ",17/05/1980,EC2Y 8DS,Cripplegate,ann@example.org\n"
                + "Bob," + family + ",31/02/1980,EC2Y 8DS,Cripplegate,\n"
                + "Cat,,01/01/1990,NOT A CODE,Cripplegate,cat@\n"
                + "Dan," + family + ",1991-04-04,EC4M 7AN,Narnia,\n");

        var preview = imports.preview(csv);
        assertThat(preview.rowCount()).isEqualTo(4);
        assertThat(preview.firstRows().getFirst()).startsWith("Ann", family);
        var mapping = preview.suggestedMapping();
        assertThat(mapping).containsEntry(ImportField.GIVEN_NAME, "Forename").containsEntry(ImportField.FAMILY_NAME, "Surname")
                .containsEntry(ImportField.DATE_OF_BIRTH, "DOB").containsEntry(ImportField.POSTCODE, "Post code")
                .containsEntry(ImportField.WARD, "Ward").containsEntry(ImportField.EMAIL, "Email");

        var report = imports.importResidents(csv, mapping, true);

        assertThat(report.saved()).isZero();
        assertThat(report.errors()).extracting(ImportReport.Problem::row, ImportReport.Problem::field)
                .containsExactlyInAnyOrder(tuple(3, "Date of birth"), tuple(4, "Last name"), tuple(4, "Postcode"),
                        tuple(4, "Email"), tuple(5, "Ward"));
        assertThat(residents.search(new ResidentFilter(family, null, null, null), 0, 10)).isEmpty();
    }

    @Test
    void aGoodFileIsSavedAndLikelyDuplicatesAreFlaggedAndLeftOut() {
        fixtures.signInAs(Role.MANAGER);
        String family = ResidentTestData.name();
        var onRecord = residents.create(ResidentTestData.form("Noor", family, java.time.LocalDate.of(1975, 6, 1), "EC2Y 8DS"));
        byte[] csv = csv("First name,Last name,Date of birth,Postcode,Borough,Interpreter\n"
                + "Eve," + family + ",02/03/2001,e1 7ad,Tower Hamlets,no\n"
                + "Fay," + family + ",04/05/2002,E1 7AD,Hackney,yes\n"
                + family + ",Noor,01/06/1975,ec2y8ds,Islington,no\n"
                + "Faye," + family + ",04/05/2002,e17ad,Hackney,yes\n");
        var mapping = imports.preview(csv).suggestedMapping();

        var checked = imports.check(csv, mapping);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.saved()).isZero();
        assertThat(checked.likelyDuplicates()).extracting(ImportReport.Problem::row).containsExactlyInAnyOrder(4, 5);
        assertThat(checked.likelyDuplicates()).filteredOn(p -> p.row() == 4).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("resident " + onRecord.id()));
        assertThat(checked.likelyDuplicates()).filteredOn(p -> p.row() == 5).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("row 3"));

        var report = imports.importResidents(csv, mapping, false);
        assertThat(report.saved()).isEqualTo(2);
        assertThat(residents.search(new ResidentFilter(family, null, null, null), 0, 10))
                .extracting(ResidentSummary::displayName)
                .containsExactlyInAnyOrder("Eve " + family, "Fay " + family, "Noor " + family);
        var fay = residents.search(new ResidentFilter("Fay", "E1 7AD", null, null), 0, 50).stream()
                .filter(r -> r.displayName().endsWith(family)).findFirst().orElseThrow();
        assertThat(residents.open(fay.id()).orElseThrow()).satisfies(f -> {
            assertThat(f.interpreterNeeded()).isTrue();
            assertThat(f.borough()).isEqualTo("Hackney");
            assertThat(f.postcode()).isEqualTo("E1 7AD");
        });
    }

    @Test
    void aMissingRequiredColumnIsReportedAgainstTheHeadings() {
        fixtures.signInAs(Role.MANAGER);
        byte[] csv = csv("First name,Town\nGus,London\n");
        var report = imports.check(csv, Map.of(ImportField.GIVEN_NAME, "First name"));
        assertThat(report.errors()).extracting(ImportReport.Problem::row, ImportReport.Problem::field)
                .containsExactly(tuple(1, "Last name"));
        assertThatThrownBy(() -> imports.preview(new byte[0])).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void officersCannotImport() {
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> imports.preview(csv("a,b\n1,2\n"))).isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
