package org.bridgework.residents;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Residents saved before duplicate detection existed have no phonetic keys, so duplicate lookups would
 * miss them: fill those in at start-up, in small batches. Does nothing once every row has its keys.
 */
@Component
@Order(5)
class PhoneticKeyBackfill implements ApplicationRunner {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;

    PhoneticKeyBackfill(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String given, String family) {
    }

    @Override
    public void run(ApplicationArguments args) {
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.sql("select id, legal_given_name, legal_family_name from resident"
                            + " where family_phonetic is null and id > ? order by id limit " + BATCH)
                    .param(after).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
            if (rows.isEmpty()) {
                return;
            }
            for (var r : rows) {
                jdbc.sql("update resident set family_phonetic = ?, given_phonetic = ? where id = ?")
                        .params(NameKey.phonetic(r.family()), NameKey.phonetic(r.given()), r.id()).update();
            }
            after = rows.getLast().id();
        }
    }
}
