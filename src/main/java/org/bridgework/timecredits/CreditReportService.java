package org.bridgework.timecredits;

import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Programme figures, aggregated in SQL. A reversal counts against the kind of transaction it reverses,
 * so corrected figures are net. Partners see only their own organisation's lines.
 */
@Service
public class CreditReportService {

    static final String REPORTERS = "hasAnyRole('ADMIN','MANAGER','OFFICER','PARTNER')";

    /** Every credit movement as (month, partner, ward, issued, spent, expired), reversals signed against their original. */
    private static final String MOVEMENTS = """
            select date_format(t.occurred_at, '%Y-%m') m, t.partner_org_id org, t.ward_code ward, 0 minutes,
                   case when coalesce(o.tx_type, t.tx_type) = 'ISSUE' then s.sign * t.credits else 0 end issued,
                   case when coalesce(o.tx_type, t.tx_type) = 'REDEEM' then s.sign * t.credits else 0 end spent,
                   case when coalesce(o.tx_type, t.tx_type) = 'EXPIRE' then s.sign * t.credits else 0 end expired,
                   0 outstanding
            from tc_transaction t left join tc_transaction o on o.id = t.reverses_id
            join (select id, case when tx_type = 'REVERSAL' then -1 else 1 end sign from tc_transaction) s on s.id = t.id
            where coalesce(o.tx_type, t.tx_type) in ('ISSUE', 'REDEEM', 'EXPIRE')
            union all
            select date_format(activity_date, '%Y-%m'), organisation_id, ward_code, minutes, 0, 0, 0, 0
            from tc_hours where status = 'APPROVED'
            """;

    private final JdbcClient jdbc;
    private final Scope scope;
    private final OrganisationService organisations;

    CreditReportService(JdbcClient jdbc, Scope scope, OrganisationService organisations) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.organisations = organisations;
    }

    @PreAuthorize(REPORTERS)
    @Transactional(readOnly = true)
    public List<ReportRow> byPartnerAndMonth() {
        Long org = scope.partnerOrganisationOrNull();
        var params = new ArrayList<Object>();
        String where = "";
        if (org != null) {
            where = " where org = ?";
            params.add(org);
        }
        var names = new HashMap<Long, String>();
        return jdbc.sql("select m, org, sum(minutes), sum(issued), sum(spent), sum(expired) from (" + MOVEMENTS + ") x"
                        + where + " group by m, org order by m desc, org")
                .params(params)
                .query((rs, n) -> {
                    Long id = rs.getObject(2, Long.class);
                    return new ReportRow(rs.getString(1), id, name(names, id), null, rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), 0);
                }).list();
    }

    /** By ward of the volunteer; outstanding is what volunteers of the ward still hold. */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER')")
    @Transactional(readOnly = true)
    public List<ReportRow> byWard() {
        return jdbc.sql("select ward, sum(minutes), sum(issued), sum(spent), sum(expired), sum(outstanding) from (" + MOVEMENTS + """
                         union all
                         select null, null, t.ward_code, 0, 0, 0, 0, e.amount from tc_entry e
                         join tc_account a on a.id = e.account_id and a.kind = 'VOLUNTEER'
                         join tc_transaction t on t.id = e.transaction_id
                        ) x group by ward order by ward""")
                .query((rs, n) -> new ReportRow(null, null, null, rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6))).list();
    }

    /** Credits volunteers hold now, across the programme. */
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER')")
    @Transactional(readOnly = true)
    public long outstanding() {
        return jdbc.sql("select coalesce(sum(balance), 0) from tc_account where kind = 'VOLUNTEER'").query(Long.class).single();
    }

    @PreAuthorize("hasRole('PARTNER')")
    @Transactional(readOnly = true)
    public List<SettlementLine> mySettlement() {
        long org = ownOrganisation();
        return jdbc.sql("""
                        select date_format(t.occurred_at, '%Y-%m') m, count(*), sum(t.credits) from tc_transaction t
                        where t.tx_type = 'REDEEM' and t.partner_org_id = ?
                          and not exists (select 1 from tc_transaction r where r.reverses_id = t.id)
                        group by m order by m desc""")
                .param(org).query((rs, n) -> new SettlementLine(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    @PreAuthorize("hasRole('PARTNER')")
    @Transactional(readOnly = true)
    public List<RedemptionLine> myRedemptions(int offset, int limit) {
        return jdbc.sql("""
                        select t.id, t.occurred_at, t.reason, t.credits, a.membership_number,
                               exists (select 1 from tc_transaction r where r.reverses_id = t.id)
                        from tc_transaction t
                        join tc_entry e on e.transaction_id = t.id and e.amount < 0
                        join tc_account a on a.id = e.account_id
                        where t.tx_type = 'REDEEM' and t.partner_org_id = ? order by t.id desc limit ? offset ?""")
                .params(ownOrganisation(), limit, offset)
                .query((rs, n) -> new RedemptionLine(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getBoolean(6))).list();
    }

    private long ownOrganisation() {
        Long org = scope.partnerOrganisationOrNull();
        if (org == null) {
            throw new AccessDeniedException("Only partner staff have a settlement statement.");
        }
        return org;
    }

    private String name(Map<Long, String> cache, Long id) {
        if (id == null) {
            return "Programme (no partner)";
        }
        return cache.computeIfAbsent(id, k -> organisations.find(k).map(OrganisationDetails::name).orElse("(removed)"));
    }
}
