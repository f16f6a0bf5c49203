package org.bridgework.funding;

import org.springframework.jdbc.core.RowMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The grant_award columns, the where clause every reader shares, and the row mapper. */
final class GrantRows {

    /** The benefiting wards ride along as one comma-separated column, so a page is one query. */
    static final String COLUMNS = "g.id, g.version, g.title, g.description, g.amount_awarded, g.currency, g.award_date,"
            + " g.planned_start, g.planned_end, g.programme, g.funder_identifier, g.funder_name,"
            + " g.recipient_organisation_id, g.recipient_identifier, g.recipient_name, g.lsoa_code, g.strategy_programme_id,"
            + " (select group_concat(w.ward_code order by w.ward_code) from grant_ward w where w.grant_id = g.id) ward_codes";

    static final RowMapper<Grant> MAPPER = (rs, n) -> {
        String wards = rs.getString("ward_codes");
        return new Grant(rs.getLong("id"), rs.getLong("version"), rs.getString("title"), rs.getString("description"),
                rs.getBigDecimal("amount_awarded"), rs.getString("currency"), rs.getObject("award_date", LocalDate.class),
                rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
                rs.getString("programme"), rs.getString("funder_identifier"), rs.getString("funder_name"),
                rs.getLong("recipient_organisation_id"), rs.getString("recipient_identifier"), rs.getString("recipient_name"),
                wards == null ? List.of() : Arrays.asList(wards.split(",")), rs.getString("lsoa_code"),
                rs.getObject("strategy_programme_id", Long.class));
    };

    private GrantRows() {
    }

    /** Appends the filter and the partner limit (the recipient) to a where clause over {@code grant_award g}. */
    static void where(GrantFilter filter, Long recipientLimit, StringBuilder where, Map<String, Object> params) {
        var f = filter == null ? GrantFilter.none() : filter;
        if (recipientLimit != null) {
            where.append(" and g.recipient_organisation_id = :scopeRecipient");
            params.put("scopeRecipient", recipientLimit);
        }
        if (f.recipientOrganisationId() != null) {
            where.append(" and g.recipient_organisation_id = :recipient");
            params.put("recipient", f.recipientOrganisationId());
        }
        if (f.programme() != null && !f.programme().isBlank()) {
            where.append(" and g.programme = :programme");
            params.put("programme", f.programme().trim());
        }
        if (f.year() != null) {
            // a range rather than year(award_date), so the award-date index serves it
            where.append(" and g.award_date between :yearFrom and :yearTo");
            params.put("yearFrom", LocalDate.of(f.year(), 1, 1));
            params.put("yearTo", LocalDate.of(f.year(), 12, 31));
        }
        if (f.wardCode() != null && !f.wardCode().isBlank()) {
            where.append(" and exists (select 1 from grant_ward fw where fw.grant_id = g.id and fw.ward_code = :ward)");
            params.put("ward", f.wardCode());
        }
    }

    /** The fields a person edits, by label, for the audit trail and for explaining a concurrent edit. */
    static Map<String, Object> labelled(Grant g) {
        var m = new LinkedHashMap<String, Object>();
        m.put("Title", g.title());
        m.put("Description", g.description());
        m.put("Amount awarded", g.amountAwarded() == null ? null : g.amountAwarded().stripTrailingZeros().toPlainString());
        m.put("Currency", g.currency());
        m.put("Award date", g.awardDate());
        m.put("Planned start", g.plannedStart());
        m.put("Planned end", g.plannedEnd());
        m.put("Funding programme", g.programme());
        m.put("Funder", g.funderIdentifier() + " " + g.funderName());
        m.put("Recipient", g.recipientOrganisationId());
        m.put("Wards", String.join(", ", new ArrayList<>(g.wardCodes())));
        m.put("LSOA", g.lsoaCode());
        m.put("Strategy programme", g.strategyProgrammeId());
        return m;
    }
}
