package org.bridgework.families;

import org.bridgework.residents.ResidentAnonymised;
import org.bridgework.residents.ResidentsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps case membership right when residents are merged, and erases free text when a resident is anonymised.
 * Erasure blanks the text only of cases where that resident is the sole member: in a family case the notes are
 * about the whole household, and the other members' records (and safeguarding history) must survive one
 * person's erasure. Their names are not in that text's structured data, which stays linked to the anonymised id.
 */
@Component
class FamilyResidentListener {

    static final String ERASED = "[Removed: the resident's personal data was erased]";

    private final JdbcClient jdbc;

    FamilyResidentListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void on(ResidentsMerged e) {
        if (!e.undo()) {
            jdbc.sql("update family_case_member set resident_id = ?, merged_from_resident_id = ? where resident_id = ?")
                    .params(e.survivorId(), e.duplicateId(), e.duplicateId()).update();
        } else {
            jdbc.sql("""
                            update family_case_member set resident_id = ?, merged_from_resident_id = null
                            where resident_id = ? and merged_from_resident_id = ?""")
                    .params(e.duplicateId(), e.survivorId(), e.duplicateId()).update();
        }
    }

    @EventListener
    @Transactional
    public void on(ResidentAnonymised e) {
        String soleMemberCases = """
                select m.case_id from family_case_member m where m.resident_id = ?
                and not exists (select 1 from family_case_member o where o.case_id = m.case_id and o.resident_id <> ?)""";
        jdbc.sql("update family_note set body = ? where case_id in (" + soleMemberCases + ")")
                .params(ERASED, e.residentId(), e.residentId()).update();
        jdbc.sql("update family_score set narrative = null where case_id in (" + soleMemberCases + ")")
                .params(e.residentId(), e.residentId()).update();
        jdbc.sql("update family_case set referral_details = null, referrer_name = null, follow_up_note = null where id in ("
                        + soleMemberCases + ")")
                .params(e.residentId(), e.residentId()).update();
        jdbc.sql("""
                        update family_partner_session set summary = ? where partner_referral_id in
                        (select pr.id from family_partner_referral pr where pr.case_id in (""" + soleMemberCases + "))")
                .params(ERASED, e.residentId(), e.residentId()).update();
    }
}
