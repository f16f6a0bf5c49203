package org.bridgework.faults;

import org.bridgework.timecredits.IntegrityReport;
import org.bridgework.timecredits.LedgerIntegrityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * After a fault: is every acknowledged operation in the database, is the ledger sound, is any register half-written?
 * It reads the tables with plain SQL on purpose: the oracle must not share code with what it checks.
 */
@Component
class FaultDrillCheck {

    record Outcome(long redemptionsAcknowledged, long redemptionsFound, long registersAcknowledged, long registersComplete,
                   long drillRedemptionsInDatabase, long halfWrittenRegisters, IntegrityReport ledger) {

        boolean passed() {
            return redemptionsFound == redemptionsAcknowledged && registersComplete == registersAcknowledged
                    && halfWrittenRegisters == 0 && ledger.sound();
        }
    }

    private final JdbcClient jdbc;
    private final LedgerIntegrityService integrity;

    FaultDrillCheck(JdbcClient jdbc, LedgerIntegrityService integrity) {
        this.jdbc = jdbc;
        this.integrity = integrity;
    }

    Outcome check(List<Path> ackFiles, int registerSize) throws IOException {
        var keys = new ArrayList<String>();
        var sessions = new ArrayList<Long>();
        for (Path file : ackFiles) {
            for (String[] line : AcknowledgementLog.read(file)) {
                if (line[0].equals("R")) {
                    keys.add("redeem:" + line[1]);
                } else if (line[0].equals("S")) {
                    sessions.add(Long.parseLong(line[1]));
                }
            }
        }
        long found = 0;
        for (var chunk : chunks(keys)) {
            found += jdbc.sql("select count(*) from tc_transaction where tx_type = 'REDEEM' and idempotency_key in (:keys)")
                    .param("keys", chunk).query(Long.class).single();
        }
        long complete = 0;
        for (var chunk : chunks(sessions)) {
            complete += jdbc.sql("""
                            select count(*) from (select session_id from session_attendance where session_id in (:ids)
                            group by session_id having count(*) = :size) full_registers""")
                    .param("ids", chunk).param("size", registerSize).query(Long.class).single();
        }
        long halfWritten = jdbc.sql("""
                        select count(*) from (select s.id from activity_session s join activity a on a.id = s.activity_id
                        left join session_attendance sa on sa.session_id = s.id where a.title like :prefix
                        group by s.id having count(sa.resident_id) not in (0, :size)) partial""")
                .param("prefix", DrillFixtures.ACTIVITY_PREFIX + "%").param("size", registerSize).query(Long.class).single();
        long inDatabase = jdbc.sql("""
                        select count(*) from tc_transaction t join tc_offer o on o.id = t.offer_id
                        where t.tx_type = 'REDEEM' and o.title like 'Drill swim %'""").query(Long.class).single();
        IntegrityReport ledger = Drill.asSystem(integrity::check);
        return new Outcome(keys.size(), found, sessions.size(), complete, inDatabase, halfWritten, ledger);
    }

    static String describe(Outcome o) {
        var ledger = o.ledger();
        return String.join(System.lineSeparator(),
                String.format("[drill-check] acknowledged: %d redemptions, %d register saves of 50 marks",
                        o.redemptionsAcknowledged(), o.registersAcknowledged()),
                String.format("[drill-check] found in the database: %d of %d redemptions, %d of %d registers complete",
                        o.redemptionsFound(), o.redemptionsAcknowledged(), o.registersComplete(), o.registersAcknowledged()),
                String.format("[drill-check] drill redemptions committed in all: %d (%d committed but never acknowledged: in flight at the fault)",
                        o.drillRedemptionsInDatabase(), o.drillRedemptionsInDatabase() - o.redemptionsFound()),
                String.format("[drill-check] half-written registers: %d", o.halfWrittenRegisters()),
                String.format("[drill-check] ledger: %d transactions, %d accounts; unbalanced %d, balance differences %d, overspent accounts %d",
                        ledger.transactionsChecked(), ledger.accountsChecked(), ledger.unbalanced().size(),
                        ledger.differences().size(), ledger.negativeVolunteerAccounts().size()),
                "[drill-check] " + (o.passed() ? "PASS" : "FAIL"));
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        var chunks = new ArrayList<List<T>>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
