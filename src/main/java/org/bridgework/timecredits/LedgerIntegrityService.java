package org.bridgework.timecredits;

import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the whole ledger and reports what does not add up. Changes nothing. */
@Service
public class LedgerIntegrityService {

    private final JdbcClient jdbc;

    LedgerIntegrityService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public IntegrityReport check() {
        long transactions = jdbc.sql("select count(*) from tc_transaction").query(Long.class).single();
        long accounts = jdbc.sql("select count(*) from tc_account").query(Long.class).single();
        var unbalanced = jdbc.sql("""
                        select t.id, coalesce(sum(e.amount), 0), count(e.id) from tc_transaction t
                        left join tc_entry e on e.transaction_id = t.id
                        group by t.id having coalesce(sum(e.amount), 0) <> 0 or count(e.id) < 2 order by t.id""")
                .query((rs, n) -> new IntegrityReport.UnbalancedTransaction(rs.getLong(1), rs.getLong(2), rs.getInt(3))).list();
        var differences = jdbc.sql("""
                        select a.id, a.kind, a.owner_id, a.balance, coalesce(sum(e.amount), 0) from tc_account a
                        left join tc_entry e on e.account_id = a.id
                        group by a.id, a.kind, a.owner_id, a.balance having a.balance <> coalesce(sum(e.amount), 0) order by a.id""")
                .query((rs, n) -> new IntegrityReport.BalanceDifference(rs.getLong(1), AccountKind.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5))).list();
        var negative = jdbc.sql("""
                        select a.id from tc_account a join tc_entry e on e.account_id = a.id where a.kind = 'VOLUNTEER'
                        group by a.id having sum(e.amount) < 0 order by a.id""").query(Long.class).list();
        return new IntegrityReport(transactions, accounts, unbalanced, differences, negative);
    }
}
