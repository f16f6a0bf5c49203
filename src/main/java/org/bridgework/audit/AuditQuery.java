package org.bridgework.audit;

import java.time.LocalDate;

/** Filters for searching the trail; any may be empty. */
public record AuditQuery(String actor, String subjectType, Long residentId, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    public static AuditQuery forResident(long residentId) {
        return new AuditQuery(null, null, residentId, null, null);
    }
}
