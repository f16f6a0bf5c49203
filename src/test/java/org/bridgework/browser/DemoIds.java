package org.bridgework.browser;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Ids of demo records the browser tests open, read straight from the demo database (test code only). */
record DemoIds(JdbcClient jdbc) {

    long toynbeeHall() {
        return jdbc.sql("select id from organisation where name = 'Toynbee Hall'").query(Long.class).single();
    }

    long resident(String username) {
        if ("partner".equals(username)) {
            return jdbc.sql("select min(resident_id) from resident_partner_link where organisation_id = ? and active")
                    .param(toynbeeHall()).query(Long.class).single();
        }
        return jdbc.sql("select min(id) from resident where legal_family_name = 'Volunteer'").query(Long.class).single();
    }

    /** A Toynbee Hall session with people booked, so that its register has rows (and a partner may open it). */
    long bookedSession() {
        return jdbc.sql("select min(s.id) from activity_session s join activity a on a.id = s.activity_id"
                        + " where a.delivering_org_id = ? and not s.cancelled and a.capacity is not null"
                        + " and exists (select 1 from session_booking b where b.session_id = s.id and b.status = 'BOOKED')")
                .param(toynbeeHall()).query(Long.class).single();
    }

    /** The partner may open only Toynbee Hall's own opportunities; null when the demo data gives it none. */
    Long opportunity(String username) {
        if ("partner".equals(username)) {
            return jdbc.sql("select min(id) from opportunity where organisation_id = ?").param(toynbeeHall()).query(Long.class).optional().orElse(null);
        }
        return jdbc.sql("select min(id) from opportunity").query(Long.class).single();
    }

    long familyCase(String username) {
        if ("partner".equals(username)) {
            return jdbc.sql("select min(case_id) from family_partner_referral where organisation_id = ?")
                    .param(toynbeeHall()).query(Long.class).single();
        }
        return jdbc.sql("select min(id) from family_case").query(Long.class).single();
    }
}
