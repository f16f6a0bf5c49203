package org.bridgework.timecredits;

import org.bridgework.residents.PersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Everything Time Credits holds about one resident, for a subject access export. */
@Component
class TimeCreditsPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Statements statements;

    TimeCreditsPersonalData(JdbcClient jdbc, Ledger ledger, Statements statements) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.statements = statements;
    }

    @Override
    public String title() {
        return "Time Credits";
    }

    @Override
    public Map<String, Object> dataFor(long residentId) {
        var data = new LinkedHashMap<String, Object>();
        var account = ledger.find(AccountKind.VOLUNTEER, residentId);
        data.put("membershipNumber", account.map(Ledger.Account::membershipNumber).orElse(null));
        data.put("balance", account.map(Ledger.Account::balance).orElse(0L));
        data.put("hours", jdbc.sql("""
                        select activity_date, activity, minutes, status, confirmed_by, note from tc_hours
                        where resident_id = ? order by activity_date, id""").param(residentId)
                .query((rs, n) -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("date", String.valueOf(rs.getObject(1, java.time.LocalDate.class)));
                    m.put("activity", rs.getString(2));
                    m.put("minutes", rs.getInt(3));
                    m.put("status", rs.getString(4));
                    m.put("confirmedBy", rs.getString(5));
                    m.put("note", rs.getString(6));
                    return (Map<String, Object>) m;
                }).list());
        data.put("transactions", account.map(a -> statements.page(a.id(), null, null, 0, 10_000).stream().map(l -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("when", l.occurredAt().toString());
            m.put("type", l.type().label());
            m.put("description", l.description());
            m.put("credits", l.amount());
            m.put("balance", l.balanceAfter());
            return (Map<String, Object>) m;
        }).toList()).orElse(java.util.List.of()));
        return data;
    }
}
