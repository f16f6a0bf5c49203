package org.bridgework.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The union of every source's figures, each reduced to one row per heading and resident, and per programme,
 * organisation or venue ward only when the breakdown splits by it: the fewer the groups, the less the database
 * has to hold while it counts a year of attendances.
 */
final class OutcomeFacts {

    static final String COLUMNS = "heading_id, outcome_id, resident_id, programme_id, org_id, place_ward,"
            + " attendances, sessions, minutes, issued, redeemed, opened, closed, achieved, distance_sum, distance_cases, connections";

    private final boolean partner;
    private final boolean byProgramme;
    private final boolean byOrganisation;
    private final boolean byPlace;
    private final boolean summarisedToo;

    OutcomeFacts(ReportScope scope, Breakdown breakdown) {
        this(scope, breakdown, true);
    }

    /**
     * @param summarisedToo false to leave out what the summaries hold (attendances, sessions, hours, credits and
     *                      the people reached), for a report that reads those from the summaries instead
     */
    OutcomeFacts(ReportScope scope, Breakdown breakdown, boolean summarisedToo) {
        this.summarisedToo = summarisedToo;
        this.partner = !scope.isWhole();
        this.byProgramme = breakdown == Breakdown.PROGRAMME;
        this.byOrganisation = breakdown == Breakdown.ORGANISATION;
        this.byPlace = breakdown == Breakdown.WARD;
    }

    String sql(StrategyMapping mapping) {
        var union = new StringJoiner(" union all ");
        if (summarisedToo) {
            summarised(union, mapping);
        }
        var builders = mapping.builders();
        if (builders != null) {
            union.add("select coalesce(heading_id, " + builders.headingId() + "), coalesce(outcome_id, " + builders.outcomeId()
                    + "), resident_id, " + programme("coalesce(programme_id, " + builders.programmeId() + ")") + ", "
                    + org("delivering_org_id") + ", null, 0, 0, 0, 0, 0, null, null, 0, 0, 0, count(*)"
                    + " from rpt_connection where connected_on between :from and :to" + only("delivering_org_id")
                    + groupBy(List.of("heading_id", "outcome_id", "resident_id"), "programme_id", "delivering_org_id", null));
        }
        var family = mapping.family();
        if (family != null) {
            String place = family.headingId() + ", " + family.outcomeId() + ", ";
            String referred = partner ? " and exists (select 1 from rpt_family_partner_referral p where p.case_id = c.case_id"
                    + " and p.organisation_id = :org and p.status in ('ACCEPTED', 'ENDED'))" : "";
            if (summarisedToo) {
                // only people reached, which the summaries hold
                union.add("select distinct " + place + "m.resident_id, " + family.programmeId() + ", null, null, 0, 0, 0, 0, 0,"
                        + " null, null, 0, 0, 0, 0 from rpt_family_case c join rpt_family_case_member m on m.case_id = c.case_id"
                        + " where c.opened_on <= :to and (c.closed_on is null or c.closed_on >= :from)" + referred);
            }
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

    private void summarised(StringJoiner union, StrategyMapping mapping) {
        union.add("select heading_id, outcome_id, resident_id, " + programme("programme_id") + ", " + org("delivering_org_id")
                + ", null, count(*), 0, 0, 0, 0, null, null, 0, 0, 0, 0 from rpt_attendance where session_date between :from and :to"
                + only("delivering_org_id") + groupBy(List.of("heading_id", "outcome_id", "resident_id"), "programme_id", "delivering_org_id", null));
        union.add("select heading_id, outcome_id, null, " + programme("programme_id") + ", " + org("delivering_org_id") + ", "
                + (byPlace ? "venue_ward_code" : "null") + ", 0, count(*), 0, 0, 0, null, null, 0, 0, 0, 0 from rpt_activity_session"
                + " where session_date between :from and :to and cancelled = false" + only("delivering_org_id")
                + groupBy(List.of("heading_id", "outcome_id"), "programme_id", "delivering_org_id", "venue_ward_code"));
        var volunteering = mapping.volunteering();
        if (volunteering != null) {
            String place = volunteering.headingId() + ", " + volunteering.outcomeId() + ", resident_id, "
                    + programme(String.valueOf(volunteering.programmeId())) + ", ";
            union.add("select " + place + org("organisation_id") + ", null, 0, 0, sum(minutes), 0, 0, null, null, 0, 0, 0, 0"
                    + " from rpt_volunteering_hours where activity_date between :from and :to" + only("organisation_id")
                    + groupBy(List.of("resident_id"), null, "organisation_id", null));
            union.add("select " + place + org("partner_org_id") + ", null, 0, 0, 0,"
                    + " sum(case when counts_as = 'ISSUE' then credits else 0 end),"
                    + " sum(case when counts_as = 'REDEEM' then credits else 0 end), null, null, 0, 0, 0, 0"
                    + " from rpt_credit_transaction where occurred_at >= :fromTime and occurred_at < :afterTime"
                    + " and counts_as in ('ISSUE', 'REDEEM')" + only("partner_org_id")
                    + groupBy(List.of("resident_id"), null, "partner_org_id", null));
        }
    }

    private String programme(String expression) {
        return byProgramme ? expression : "null";
    }

    private String org(String column) {
        return byOrganisation ? column : "null";
    }

    private String only(String orgColumn) {
        return partner ? " and " + orgColumn + " = :org" : "";
    }

    private String groupBy(List<String> always, String programmeColumn, String orgColumn, String placeColumn) {
        var columns = new ArrayList<>(always);
        if (byProgramme && programmeColumn != null) {
            columns.add(programmeColumn);
        }
        if (byOrganisation && orgColumn != null) {
            columns.add(orgColumn);
        }
        if (byPlace && placeColumn != null) {
            columns.add(placeColumn);
        }
        return " group by " + String.join(", ", columns);
    }
}
