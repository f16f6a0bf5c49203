package org.bridgework.opportunities;

import org.bridgework.residents.ResidentAnonymised;
import org.bridgework.residents.ResidentsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps this feature's rows with the right resident when records are merged, unmerged or erased. */
@Component
class ResidentRecordsListener {

    private static final List<String> TABLES = List.of("resident_interest", "opportunity_application", "progression_record");

    private final JdbcClient jdbc;

    ResidentRecordsListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs inside the merge transaction, so a failure here rolls the whole merge back. */
    @EventListener
    void onMerge(ResidentsMerged merged) {
        for (String table : TABLES) {
            if (merged.undo()) {
                jdbc.sql("update " + table + " set resident_id = :dup, merged_from_resident_id = null"
                                + " where resident_id = :survivor and merged_from_resident_id = :dup")
                        .param("dup", merged.duplicateId()).param("survivor", merged.survivorId()).update();
            } else {
                jdbc.sql("update " + table + " set resident_id = :survivor, merged_from_resident_id = :dup where resident_id = :dup")
                        .param("dup", merged.duplicateId()).param("survivor", merged.survivorId()).update();
            }
        }
    }

    @EventListener
    void onAnonymised(ResidentAnonymised erased) {
        jdbc.sql("update opportunity_application set withdrawn_reason = case when withdrawn_reason is null then null"
                        + " else '(erased)' end where resident_id = :r")
                .param("r", erased.residentId()).update();
    }
}
