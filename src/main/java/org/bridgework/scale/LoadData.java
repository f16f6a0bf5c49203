package org.bridgework.scale;

import org.bridgework.security.NewUser;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * What the virtual users work with, read from whatever database the app runs on: family names people search for,
 * recent sessions with a register (never volunteering ones, so that marking issues no Time Credits), and an officer
 * account of their own created through the users service.
 */
@Component
class LoadData {

    record Account(String username, String password) {
    }

    private final JdbcClient jdbc;
    private final UserAccountService users;

    LoadData(JdbcClient jdbc, UserAccountService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    List<String> familyNames(int limit) {
        return jdbc.sql("select distinct legal_family_name from resident where legal_family_name is not null"
                        + " and char_length(legal_family_name) >= 3 limit :limit")
                .param("limit", limit).query(String.class).list();
    }

    /** Sessions of the last weeks (or the next days, on demo data) with people booked or marked on the register. */
    List<Long> registerSessions(int limit) {
        return jdbc.sql("select s.id from activity_session s join activity a on a.id = s.activity_id"
                        + " where not s.cancelled and not a.counts_as_volunteering and not a.drop_in"
                        + " and s.session_date between current_date - interval 28 day and current_date + interval 7 day"
                        + " and exists (select 1 from session_booking b where b.session_id = s.id and b.status = 'BOOKED')"
                        + " order by s.session_date desc, s.id limit :limit")
                .param("limit", limit).query(Long.class).list();
    }

    Account officer() {
        String tag = Long.toString(System.nanoTime(), 36);
        String password = "Load-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12)) + "-Driver";
        String username = "load-officer-" + tag;
        SystemUser.run(() -> users.create(new NewUser(username, "Load test officer " + tag, password, Role.OFFICER, null, null)));
        return new Account(username, password);
    }
}
