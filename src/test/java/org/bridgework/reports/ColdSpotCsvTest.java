package org.bridgework.reports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ColdSpotCsvTest {

    private static final SmallNumberSuppression.Cell SHOWN = new SmallNumberSuppression.Cell(12, false);
    private static final SmallNumberSuppression.Cell HIDDEN = new SmallNumberSuppression.Cell(2, true);

    @Test
    void theCsvHidesWhatTheScreenHidesAndLeavesOutMeasuresNobodyReported() {
        var lines = List.of(
                new ColdSpotLine(1, "E05009308", "Portsoken", 3.0, 400, 7L, HIDDEN, null, null, 1, 2, 1),
                new ColdSpotLine(2, "E05009302", "Cripplegate", 7.5, 1200, 20L, SHOWN, 10.0, null, 2, 1, -1));
        var report = new ColdSpotReport(AreaLevel.WARD, new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                false, lines, Set.of(ProvisionMeasure.SESSIONS_DELIVERED, ProvisionMeasure.PARTICIPANTS),
                new SmallNumberSuppression.Cell(14, false), 5);

        String csv = ColdSpotCsv.write(report, c -> c, "fewer than 5");

        assertThat(csv.lines().toList()).containsExactly(
                "position,code,name,decile,residents,sessions,participants,perThousand,needRank,provisionRank,score",
                "1,E05009308,Portsoken,3.0,400,7,fewer than 5,,1,2,1",
                "2,E05009302,Cripplegate,7.5,1200,20,12,10.0,2,1,-1");
        assertThat(csv).doesNotContain(",2,,");
    }

    @Test
    void fundingIsShownOnceASourceReportsItAndLsoasHaveNoSessionColumn() {
        var line = new ColdSpotLine(1, "E01000005", "City of London 001E", 3.0, 90, null, SHOWN, 133.3,
                new BigDecimal("2500.40"), 1, 1, 0);
        var report = new ColdSpotReport(AreaLevel.LSOA, new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                true, List.of(line), Set.of(ProvisionMeasure.FUNDING_AWARDED_GBP), SHOWN, 5);

        assertThat(ColdSpotCsv.columns(report)).contains("funding").doesNotContain("sessions");
        assertThat(ColdSpotCsv.write(report, c -> c, "hidden")).contains("12,133.3,2500,1,1,0");
    }
}
