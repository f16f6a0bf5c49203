package org.bridgework.activities;

import org.bridgework.reports.AreaFigure;
import org.bridgework.reports.AreaProvisionSource;
import org.bridgework.reports.ProvisionMeasure;
import org.bridgework.reports.ReportPeriod;
import org.bridgework.reports.ReportScope;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What activities delivered in each area, for the cold-spots report. Sessions count by the ward of the activity's
 * venue; participants and attendances count by where the resident lives (the residents feature's read model
 * {@code rpt_resident}), so one figure per ward and LSOA pair, which a report adds up by ward or by LSOA. Only
 * sessions that took place count: not cancelled and not in the future.
 */
@Component
class ActivityProvision implements AreaProvisionSource {

    private final JdbcClient jdbc;

    ActivityProvision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @PreAuthorize(Access.REPORTS)
    @Transactional(readOnly = true)
    public List<AreaFigure> provision(ReportPeriod period, ReportScope scope) {
        LocalDate to = period.to().isAfter(LocalDate.now()) ? LocalDate.now() : period.to();
        String organisation = scope.isWhole() ? "" : " and a.delivering_org_id = ?";
        List<Object> params = new ArrayList<>(List.of(period.from(), to));
        if (!scope.isWhole()) {
            params.add(scope.organisationId());
        }
        String delivered = " from activity_session s join activity a on a.id = s.activity_id"
                + " where s.session_date between ? and ? and not s.cancelled" + organisation;
        var figures = new ArrayList<AreaFigure>();
        jdbc.sql("select a.ward_code, count(*)" + delivered + " and a.ward_code is not null group by a.ward_code")
                .params(params)
                .query((rs, n) -> new AreaFigure(rs.getString(1), null, ProvisionMeasure.SESSIONS_DELIVERED,
                        BigDecimal.valueOf(rs.getLong(2))))
                .list().forEach(figures::add);
        jdbc.sql("select r.ward_code, r.lsoa_code, count(distinct sa.resident_id), count(*)" + delivered.replace(
                        " where ", " join session_attendance sa on sa.session_id = s.id"
                                + " join rpt_resident r on r.resident_id = sa.resident_id where ")
                        + " and sa.status in ('PRESENT', 'LATE') and (r.ward_code is not null or r.lsoa_code is not null)"
                        + " group by r.ward_code, r.lsoa_code")
                .params(params)
                .query(rs -> {
                    String ward = rs.getString(1);
                    String lsoa = rs.getString(2);
                    figures.add(new AreaFigure(ward, lsoa, ProvisionMeasure.PARTICIPANTS, BigDecimal.valueOf(rs.getLong(3))));
                    figures.add(new AreaFigure(ward, lsoa, ProvisionMeasure.ATTENDANCES, BigDecimal.valueOf(rs.getLong(4))));
                });
        return figures;
    }
}
