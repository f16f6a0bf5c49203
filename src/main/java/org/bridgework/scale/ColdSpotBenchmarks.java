package org.bridgework.scale;

import org.bridgework.reports.ColdSpotService;
import org.bridgework.reports.ReportPeriod;
import org.bridgework.security.SystemUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The cold-spots page: wards and all of London's LSOAs for the last 12 months, through the service (as an
 * administrator, since officers may not open it) and as one aggregate query per table, the least SQL can do.
 */
@Component
class ColdSpotBenchmarks implements BenchmarkCase {

    private static final Duration PAGE = Duration.ofMillis(500);
    private static final String PARTICIPATION = "select sa.resident_id, count(*) as attendances"
            + " from session_attendance sa join activity_session s on s.id = sa.session_id"
            + " where s.session_date between ? and ? and not s.cancelled and sa.status in ('PRESENT', 'LATE')"
            + " group by sa.resident_id";

    private final ColdSpotService coldSpots;

    ColdSpotBenchmarks(ColdSpotService coldSpots) {
        this.coldSpots = coldSpots;
    }

    @Override
    public String name() {
        return "cold spots";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public List<BenchmarkQuestion> prepare(BenchmarkContext context) {
        JdbcClient jdbc = context.jdbc();
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusYears(1).plusDays(1);
        var period = new ReportPeriod(from, to);
        var wards = new BenchmarkQuestion("Cold spots, the City's 25 wards (12 months)", PAGE, true,
                i -> SystemUser.call(() -> coldSpots.wards(period)).lines().size(),
                i -> jdbc.sql("select w.ward_code, r.people, r.decile, p.participants, d.sessions from ward w"
                                + " left join (select x.ward_code, count(*) as people, avg(i.imd_decile) as decile"
                                + " from rpt_resident x left join imd2019_lsoa i on i.lsoa_code = x.lsoa_code"
                                + " where x.ward_code is not null group by x.ward_code) r on r.ward_code = w.ward_code"
                                + " left join (select x.ward_code, count(*) as participants from rpt_resident x"
                                + " join (" + PARTICIPATION + ") a on a.resident_id = x.resident_id group by x.ward_code) p"
                                + " on p.ward_code = w.ward_code"
                                + " left join (select a.ward_code, count(*) as sessions from activity_session s"
                                + " join activity a on a.id = s.activity_id where s.session_date between ? and ?"
                                + " and not s.cancelled group by a.ward_code) d on d.ward_code = w.ward_code")
                        .params(from, to, from, to).query().listOfRows().size());
        var lsoas = new BenchmarkQuestion("Cold spots, every London LSOA with residents (12 months)", PAGE, true,
                i -> SystemUser.call(() -> coldSpots.lsoas(period, null)).lines().size(),
                i -> jdbc.sql("select r.lsoa_code, r.people, i.imd_decile, p.participants from"
                                + " (select lsoa_code, count(*) as people from rpt_resident where lsoa_code is not null"
                                + " group by lsoa_code) r join imd2019_lsoa i on i.lsoa_code = r.lsoa_code"
                                + " left join (select x.lsoa_code, count(*) as participants from rpt_resident x"
                                + " join (" + PARTICIPATION + ") a on a.resident_id = x.resident_id group by x.lsoa_code) p"
                                + " on p.lsoa_code = r.lsoa_code")
                        .params(from, to).query().listOfRows().size());
        return List.of(wards, lsoas);
    }
}
