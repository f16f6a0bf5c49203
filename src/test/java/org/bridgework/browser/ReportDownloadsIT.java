package org.bridgework.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A manager downloads every report and open-data file in a real browser, and each file opens as what it claims to be. */
class ReportDownloadsIT extends BrowserTest {

    private static final Path DOWNLOADS = Path.of("target", "downloads");

    @Test
    void aManagerDownloadsTheOutcomeReportInEveryFormatAndTheOpenData() throws Exception {
        Files.createDirectories(DOWNLOADS);
        Page page = signIn("manager");
        page.navigate(url("reports"));
        waitForVaadin(page);

        var csv = csv(download(page, "Download report (CSV)"));
        assertThat(csv).isNotEmpty();
        assertThat(csv.getFirst().size()).isGreaterThan(1);

        try (InputStream in = Files.newInputStream(download(page, "Download report (Excel)"));
             var workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isPositive();
        }

        Path pdf = download(page, "Download report for committee (PDF)");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf.toString());
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Strategy outcome report");
        reader.close();

        assertThat(csv(download(page, "Download ward data by quarter (CSV)"))).isNotEmpty();
        assertThat(csv(download(page, "Download data dictionary (CSV)"))).hasSizeGreaterThan(1);

        page.navigate(url("reports/cold-spots"));
        waitForVaadin(page);
        assertThat(csv(download(page, "Download the ranking (CSV)"))).hasSizeGreaterThan(1);

        page.navigate(url("funding"));
        waitForVaadin(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and prepare the file")).click();
        waitForVaadin(page);
        String json = Files.readString(download(page, Pattern.compile("^Download .*grants\\)$")));
        assertThat(json).contains("\"grants\"").contains("360G-");
        page.context().close();
    }

    private static Path download(Page page, Object linkText) {
        var link = linkText instanceof Pattern p ? page.getByText(p) : page.getByText((String) linkText);
        Download download = page.waitForDownload(() -> link.first().click());
        Path saved = DOWNLOADS.resolve(download.suggestedFilename());
        download.saveAs(saved);
        return saved;
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }
}
