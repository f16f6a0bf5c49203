package org.bridgework.opportunities;

import org.springframework.jdbc.core.RowMapper;

import java.sql.Date;
import java.time.LocalDate;

/** Maps the opportunity table; the one place its columns are listed for reading. */
final class OpportunityRows {

    static final String COLUMNS = "o.id, o.version, o.organisation_id, o.title, o.opportunity_type, o.apprenticeship_level,"
            + " o.sector, o.location, o.ward_code, o.start_date, o.end_date, o.places, o.min_age, o.max_age,"
            + " o.care_leavers_only, o.city_residents_only, o.other_eligibility, o.hourly_rate_pence, o.pays_living_wage,"
            + " o.how_to_apply, o.status";

    static final RowMapper<Opportunity> MAPPER = (rs, n) -> new Opportunity(rs.getLong("id"), rs.getLong("version"),
            rs.getLong("organisation_id"), rs.getString("title"), OpportunityType.valueOf(rs.getString("opportunity_type")),
            (Integer) rs.getObject("apprenticeship_level", Integer.class), Sector.valueOf(rs.getString("sector")),
            rs.getString("location"), rs.getString("ward_code"), date(rs.getDate("start_date")), date(rs.getDate("end_date")),
            rs.getInt("places"), rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class),
            rs.getBoolean("care_leavers_only"), rs.getBoolean("city_residents_only"), rs.getString("other_eligibility"),
            rs.getObject("hourly_rate_pence", Integer.class), rs.getBoolean("pays_living_wage"), rs.getString("how_to_apply"),
            OpportunityStatus.valueOf(rs.getString("status")));

    private OpportunityRows() {
    }

    static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
