package org.bridgework.activities;

import org.bridgework.residents.ResidentAnonymised;
import org.bridgework.residents.ResidentsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps bookings, attendance and connections with the right person when residents are merged, and
 * puts them back on undo (merged_from_resident_id remembers where each row came from). Where both
 * records were on the same register, the survivor's mark stands and the duplicate's row stays put
 * (UPDATE IGNORE), so that undo still finds it. Runs inside the merge transaction.
 */
@Component
class ResidentChangesListener {

    private static final List<String> TABLES = List.of("session_booking", "session_attendance", "community_connection");

    private final JdbcClient jdbc;

    ResidentChangesListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void merged(ResidentsMerged event) {
        for (String table : TABLES) {
            if (event.undo()) {
                jdbc.sql("update ignore " + table + " set resident_id = merged_from_resident_id, merged_from_resident_id = null"
                                + " where resident_id = ? and merged_from_resident_id = ?")
                        .params(event.survivorId(), event.duplicateId()).update();
            } else {
                jdbc.sql("update ignore " + table + " set resident_id = ?, merged_from_resident_id = ? where resident_id = ?")
                        .params(event.survivorId(), event.duplicateId(), event.duplicateId()).update();
            }
        }
        if (!event.undo()) {
            jdbc.sql("update session_attendance set accompanied_by_id = ? where accompanied_by_id = ?")
                    .params(event.survivorId(), event.duplicateId()).update();
        }
    }

    /** Counts stay (the rows remain for statistics); the free text someone wrote about the person goes. */
    @EventListener
    void anonymised(ResidentAnonymised event) {
        jdbc.sql("update community_connection set notes = null where resident_id = ?").param(event.residentId()).update();
        jdbc.sql("update outbox_message set recipient = null, body = '(erased)' where resident_id = ?").param(event.residentId()).update();
    }
}
