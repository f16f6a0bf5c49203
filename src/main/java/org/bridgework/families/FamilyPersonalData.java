package org.bridgework.families;

import org.bridgework.residents.PersonalDataSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Family support's part of a subject access export. Restricted notes are included but marked, so that the
 * person preparing the disclosure can consider the social-work and third-party exemptions before release.
 */
@Component
class FamilyPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    FamilyPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Family support";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> dataFor(long residentId) {
        var caseIds = jdbc.sql("select distinct case_id from family_case_member where resident_id = ? order by case_id")
                .param(residentId).query(Long.class).list();
        var cases = caseIds.stream().map(this::caseData).toList();
        var data = new LinkedHashMap<String, Object>();
        data.put("cases", cases);
        return data;
    }

    private Map<String, Object> caseData(long caseId) {
        var c = jdbc.sql("""
                        select c.status, c.referral_source, c.referral_details, c.consent_to_share, c.consent_date,
                               c.received_at, c.closed_at, w.display_name from family_case c
                        left join family_worker w on w.user_id = c.lead_worker_id where c.id = ?""")
                .param(caseId).query((rs, n) -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("case", caseId);
                    m.put("status", CaseStatus.valueOf(rs.getString(1)).label());
                    m.put("referredBy", ReferralSource.valueOf(rs.getString(2)).label());
                    m.put("referralDetails", rs.getString(3));
                    m.put("consentToShare", rs.getBoolean(4));
                    m.put("consentDate", String.valueOf(rs.getObject(5)));
                    m.put("received", rs.getTimestamp(6).toInstant().toString());
                    m.put("closed", rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant().toString());
                    m.put("leadWorker", rs.getString(8));
                    return m;
                }).single();
        c.put("needs", jdbc.sql("select n.label from family_case_need cn join family_need n on n.id = cn.need_id where cn.case_id = ?")
                .param(caseId).query(String.class).list());
        c.put("scores", jdbc.sql("""
                        select n.label, s.occasion, s.scored_on, s.score, s.narrative from family_score s
                        join family_need n on n.id = s.need_id where s.case_id = ? order by s.scored_on, s.id""")
                .param(caseId).query((rs, n) -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("need", rs.getString(1));
                    m.put("occasion", rs.getString(2));
                    m.put("date", rs.getObject(3).toString());
                    m.put("score", rs.getInt(4));
                    m.put("narrative", rs.getString(5));
                    return m;
                }).list());
        c.put("goals", jdbc.sql("select description, owner, due_date, status from family_goal where case_id = ? order by due_date")
                .param(caseId).query((rs, n) -> Map.of("goal", rs.getString(1), "owner", rs.getString(2),
                        "due", rs.getObject(3).toString(), "status", GoalStatus.valueOf(rs.getString(4)).label())).list());
        List<Map<String, Object>> notes = jdbc.sql("""
                        select id, note_type, occurred_on, body, restricted, amends_note_id, author from family_note
                        where case_id = ? order by occurred_on, id""")
                .param(caseId).query((rs, n) -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("note", rs.getLong(1));
                    m.put("type", NoteType.valueOf(rs.getString(2)).label());
                    m.put("date", rs.getObject(3).toString());
                    m.put("text", rs.getString(4));
                    m.put("restricted", rs.getBoolean(5) ? "Restricted: review exemptions before disclosure" : "No");
                    m.put("amends", rs.getObject(6));
                    m.put("author", rs.getString(7));
                    return (Map<String, Object>) m;
                }).list();
        c.put("notes", notes);
        c.put("documents", jdbc.sql("select title, content_type, uploaded_at from family_document where case_id = ?")
                .param(caseId).query((rs, n) -> Map.of("title", rs.getString(1), "type", rs.getString(2),
                        "uploaded", rs.getTimestamp(3).toInstant().toString())).list());
        return c;
    }
}
