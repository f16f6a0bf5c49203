package org.bridgework.reports;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The outcome report's SQL. Every source is first reduced to one row per heading, resident, programme and
 * organisation, then joined to the residents' (and, for equality breakdowns, the privacy) read model and grouped
 * with rollup: once by outcome, heading and category, and once by category and outcome. Reads only rpt_* views.
 */
@Component
class OutcomeQueries {

    private static final String COLUMNS = "heading_id, outcome_id, resident_id, programme_id, org_id, place_ward,"
            + " attendances, sessions, minutes, issued, redeemed, opened, closed, achieved, distance_sum, distance_cases, connections";

    /** The category of rows (sessions) that the breakdown does not apply to; never shown as a column. */
    static final String NOT_SPLIT = "~";

    private final JdbcClient jdbc;

    OutcomeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Tally tally(ReportPeriod period, ReportScope scope, Breakdown breakdown, StrategyMapping mapping) {
        String facts = facts(scope, mapping);
        String join = " left join rpt_resident r on r.resident_id = f.resident_id"
                + (breakdown.equality() ? " left join rpt_equality e on e.resident_id = f.resident_id" : "");
        String from = " from (" + facts + ") f" + join;
        String category = "coalesce(" + category(breakdown) + ", '')";
        var tally = new Tally();
        Map<String, Object> params = params(period, scope);
        jdbc.sql("select outcome_id, heading_id, " + category + " k, " + figures() + from
                        + " group by outcome_id, heading_id, k with rollup")
                .params(params)
                .query((RowCallbackHandler) rs -> {
                        Long outcome = rs.getObject(1, Long.class);
                        Long heading = rs.getObject(2, Long.class);
                        String k = rs.getString(3);
                        long[] v = values(rs);
                        if (outcome == null) {
                            tally.grand = v;
                        } else if (heading == null) {
                            tally.outcomeTotals.put(outcome, v);
                        } else if (k == null) {
                            tally.headingTotals.put(heading, v);
                        } else {
                            tally.headingCells.computeIfAbsent(heading, h -> new HashMap<>()).put(k, v);
                        }
                });
        if (breakdown != Breakdown.NONE) {
            jdbc.sql("select " + category + " k, outcome_id, " + figures() + from + " group by k, outcome_id with rollup")
                    .params(params)
                    .query((RowCallbackHandler) rs -> {
                        String k = rs.getString(1);
                        Long outcome = rs.getObject(2, Long.class);
                        if (k != null && outcome == null) {
                            tally.categoryTotals.put(k, values(rs));
                        } else if (k != null) {
                            tally.outcomeCells.computeIfAbsent(outcome, o -> new HashMap<>()).put(k, values(rs));
                        }
                    });
        } else {
            for (var e : tally.outcomeTotals.entrySet()) {
                tally.outcomeCells.computeIfAbsent(e.getKey(), o -> new HashMap<>()).put("", e.getValue());
            }
            tally.headingTotals.forEach((h, v) -> tally.headingCells.computeIfAbsent(h, x -> new HashMap<>()).put("", v));
            tally.categoryTotals.put("", tally.grand);
        }
        return tally;
    }

    private static Map<String, Object> params(ReportPeriod period, ReportScope scope) {
        var params = new HashMap<String, Object>();
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("fromTime", period.from().atStartOfDay());
        params.put("afterTime", period.to().plusDays(1).atStartOfDay());
        if (!scope.isWhole()) {
            params.put("org", scope.organisationId());
        }
        return params;
    }

    private static String figures() {
        return "count(distinct f.resident_id), sum(f.attendances), sum(f.sessions), sum(f.minutes), sum(f.issued),"
                + " sum(f.redeemed), count(distinct f.opened), count(distinct f.closed), sum(f.achieved),"
                + " sum(f.distance_sum), sum(f.distance_cases), sum(f.connections)";
    }

    private static long[] values(ResultSet rs) throws SQLException {
        int first = rs.getMetaData().getColumnCount() - Tally.SIZE + 1;
        long[] v = Tally.empty();
        for (int i = 0; i < Tally.SIZE; i++) {
            v[i] = rs.getLong(first + i);
        }
        return v;
    }

    /** The category a fact row falls in; null (shown as "not known") when the source cannot say. */
    private static String category(Breakdown breakdown) {
        return switch (breakdown) {
            case NONE -> "''";
            case WARD -> "coalesce(r.ward_code, f.place_ward)";
            case PROGRAMME -> "cast(f.programme_id as char)";
            case ORGANISATION -> "cast(f.org_id as char)";
            case AGE_BAND -> "case when f.resident_id is null then '" + NOT_SPLIT + "' else " + ageBand() + " end";
            default -> "case when f.resident_id is null then '" + NOT_SPLIT + "' else e." + breakdown.equalityColumn() + " end";
        };
    }

    private static String ageBand() {
        var sql = new StringBuilder("case when r.date_of_birth is null then null");
        for (var band : org.bridgework.residents.AgeBand.values()) {
            sql.append(" when timestampdiff(year, r.date_of_birth, :to) <= ").append(band.maxAge())
                    .append(" then '").append(band.name()).append("'");
        }
        return sql.append(" end").toString();
    }

    private static String facts(ReportScope scope, StrategyMapping mapping) {
        boolean partner = !scope.isWhole();
        var union = new StringJoiner(" union all ");
        union.add("select heading_id, outcome_id, resident_id, programme_id, delivering_org_id, null, count(*), 0, 0, 0, 0,"
                + " null, null, 0, 0, 0, 0 from rpt_attendance where session_date between :from and :to"
                + (partner ? " and delivering_org_id = :org" : "")
                + " group by heading_id, outcome_id, resident_id, programme_id, delivering_org_id");
        union.add("select heading_id, outcome_id, null, programme_id, delivering_org_id, venue_ward_code, 0, count(*), 0, 0, 0,"
                + " null, null, 0, 0, 0, 0 from rpt_activity_session where session_date between :from and :to and cancelled = false"
                + (partner ? " and delivering_org_id = :org" : "")
                + " group by heading_id, outcome_id, programme_id, delivering_org_id, venue_ward_code");
        var builders = mapping.builders();
        if (builders != null) {
            union.add("select coalesce(heading_id, " + builders.headingId() + "), coalesce(outcome_id, " + builders.outcomeId()
                    + "), resident_id, coalesce(programme_id, " + builders.programmeId() + "), delivering_org_id, null,"
                    + " 0, 0, 0, 0, 0, null, null, 0, 0, 0, count(*) from rpt_connection where connected_on between :from and :to"
                    + (partner ? " and delivering_org_id = :org" : "")
                    + " group by heading_id, outcome_id, resident_id, programme_id, delivering_org_id");
        }
        var volunteering = mapping.volunteering();
        if (volunteering != null) {
            String place = volunteering.headingId() + ", " + volunteering.outcomeId() + ", ";
            union.add("select " + place + "resident_id, " + volunteering.programmeId() + ", organisation_id, null, 0, 0,"
                    + " sum(minutes), 0, 0, null, null, 0, 0, 0, 0 from rpt_volunteering_hours"
                    + " where activity_date between :from and :to" + (partner ? " and organisation_id = :org" : "")
                    + " group by resident_id, organisation_id");
            union.add("select " + place + "resident_id, " + volunteering.programmeId() + ", partner_org_id, null, 0, 0, 0,"
                    + " sum(case when counts_as = 'ISSUE' then credits else 0 end),"
                    + " sum(case when counts_as = 'REDEEM' then credits else 0 end), null, null, 0, 0, 0, 0"
                    + " from rpt_credit_transaction where occurred_at >= :fromTime and occurred_at < :afterTime"
                    + " and counts_as in ('ISSUE', 'REDEEM')" + (partner ? " and partner_org_id = :org" : "")
                    + " group by resident_id, partner_org_id");
        }
        var family = mapping.family();
        if (family != null) {
            String place = family.headingId() + ", " + family.outcomeId() + ", ";
            String referred = partner ? " and exists (select 1 from rpt_family_partner_referral p where p.case_id = c.case_id"
                    + " and p.organisation_id = :org and p.status in ('ACCEPTED', 'ENDED'))" : "";
            union.add("select distinct " + place + "m.resident_id, " + family.programmeId() + ", null, null, 0, 0, 0, 0, 0,"
                    + " null, null, 0, 0, 0, 0 from rpt_family_case c join rpt_family_case_member m on m.case_id = c.case_id"
                    + " where c.opened_on <= :to and (c.closed_on is null or c.closed_on >= :from)" + referred);
            union.add("select " + place + "c.primary_resident_id, " + family.programmeId() + ", null, null, 0, 0, 0, 0, 0,"
                    + " case when c.opened_on between :from and :to then c.case_id end,"
                    + " case when c.closed_on between :from and :to then c.case_id end, coalesce(o.achieved, 0),"
                    + " case when c.closed_on between :from and :to and d.case_id is not null then round(d.average_distance * 100) else 0 end,"
                    + " case when c.closed_on between :from and :to and d.case_id is not null then 1 else 0 end, 0"
                    + " from rpt_family_case c"
                    + " left join (select case_id, count(*) achieved from rpt_family_outcome where outcome = 'ACHIEVED'"
                    + " and recorded_on between :from and :to group by case_id) o on o.case_id = c.case_id"
                    + " left join rpt_family_case_distance d on d.case_id = c.case_id"
                    + " where (c.opened_on between :from and :to or c.closed_on between :from and :to or o.achieved > 0)" + referred);
        }
        // the first branch names the columns for the whole union
        return "select " + COLUMNS + " from (select null " + COLUMNS.replace(", ", ", null ") + " from dual where false"
                + " union all " + union + ") u";
    }
}
