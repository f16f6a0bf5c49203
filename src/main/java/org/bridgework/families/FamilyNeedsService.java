package org.bridgework.families;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The need areas (seeded with the Supporting Families headline outcomes) and the urgencies with their
 * first-contact deadlines. Administrators keep the lists; a need is retired rather than deleted, so
 * that old assessments keep their meaning.
 */
@Service
public class FamilyNeedsService {

    private static final String READERS = "hasAnyRole('ADMIN','MANAGER','FAMILY_WORKER','PARTNER')";

    private final JdbcClient jdbc;
    private final AuditService audit;

    FamilyNeedsService(JdbcClient jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Need> needs(boolean includeRetired) {
        return jdbc.sql("select id, version, label, sort_order, active from family_need"
                        + (includeRetired ? "" : " where active = true") + " order by sort_order, id")
                .query((rs, n) -> new Need(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5)))
                .list();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Urgency> urgencies() {
        return jdbc.sql("select code, label, first_contact_working_days from family_urgency order by sort_order")
                .query((rs, n) -> new Urgency(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** Adds a need ({@code id} null) or renames, reorders, retires or restores one. */
    @PreAuthorize(Access.ADMINS)
    @Transactional
    public Need save(Need need) {
        String label = need.label() == null ? "" : need.label().trim();
        var errors = new InvalidInputException.Collector()
                .check(!label.isEmpty(), "label", "Enter the name of the need.")
                .check(label.length() <= 200, "label", "Keep the name under 200 characters.");
        boolean taken = jdbc.sql("select count(*) from family_need where lower(label) = lower(?) and id <> ?")
                .params(label, need.id() == 0 ? -1 : need.id()).query(Long.class).single() > 0;
        errors.check(!taken, "label", "There is already a need with this name.");
        errors.throwIfAny();
        if (need.id() == 0) {
            int order = need.sortOrder() > 0 ? need.sortOrder()
                    : jdbc.sql("select coalesce(max(sort_order), 0) + 10 from family_need").query(Integer.class).single();
            jdbc.sql("insert into family_need (label, sort_order, active) values (?, ?, ?)")
                    .params(label, order, need.active()).update();
            long id = jdbc.sql("select id from family_need where label = ?").param(label).query(Long.class).single();
            audit.recordCreate("FAMILY_NEED", id, null, label);
            return new Need(id, 0, label, order, need.active());
        }
        int updated = jdbc.sql("update family_need set label = ?, sort_order = ?, active = ?, version = version + 1 where id = ? and version = ?")
                .params(label, need.sortOrder(), need.active(), need.id(), need.version()).update();
        if (updated == 0) {
            throw new ConcurrentEditException("This need", List.of());
        }
        audit.recordChange("FAMILY_NEED", need.id(), null, label + (need.active() ? "" : " (retired)"));
        return new Need(need.id(), need.version() + 1, label, need.sortOrder(), need.active());
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional
    public void setFirstContactDays(String urgencyCode, int workingDays) {
        if (workingDays < 1 || workingDays > 60) {
            throw InvalidInputException.of("firstContactWorkingDays", "Use a number of working days from 1 to 60.");
        }
        int updated = jdbc.sql("update family_urgency set first_contact_working_days = ? where code = ?")
                .params(workingDays, urgencyCode).update();
        if (updated == 0) {
            throw InvalidInputException.of("urgency", "No such urgency.");
        }
        audit.recordChange("FAMILY_URGENCY", null, null, urgencyCode + " first contact within " + workingDays + " working days");
    }
}
