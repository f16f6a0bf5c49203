package org.bridgework.consent;

import org.bridgework.platform.MultiRowSql;
import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.residents.PartnerLinksChanged;
import org.bridgework.residents.PartnerVisibility;
import org.bridgework.residents.ResidentsMerged;
import org.bridgework.security.Access;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A partner organisation sees a resident only with the resident's active consent to share with that
 * organisation, or while a live link (a booking, a referral, ...) joins them. Links are kept from
 * {@link PartnerLinkChanged} events, in the publisher's transaction, so a link never outlives its booking.
 */
@Service
class ConsentPartnerVisibility implements PartnerVisibility {

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final JdbcClient jdbc;
    private final ResidentPartnerLinkRepository links;
    private final Clock clock;

    ConsentPartnerVisibility(JdbcClient jdbc, ResidentPartnerLinkRepository links, Clock clock) {
        this.jdbc = jdbc;
        this.links = links;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public boolean canSee(long organisationId, long residentId) {
        return jdbc.sql("select count(*) from (select ? as id) r where " + sqlCondition("r.id"))
                .params(residentId, organisationId).query(Long.class).single() > 0;
    }

    /** The organisation id is given once, then reused by both routes through a one-row derived table. */
    @Override
    public String sqlCondition(String residentIdColumn) {
        if (!COLUMN.matcher(residentIdColumn).matches()) {
            throw new IllegalArgumentException("Not a column name: " + residentIdColumn);
        }
        return "exists (select 1 from (select ? as org_id) pv_org where"
                + " exists (select 1 from consent_record pv_c where pv_c.resident_id = " + residentIdColumn
                + " and pv_c.organisation_id = pv_org.org_id and pv_c.purpose = 'SHARE_WITH_PARTNER' and pv_c.withdrawn_on is null)"
                + " or exists (select 1 from resident_partner_link pv_l where pv_l.resident_id = " + residentIdColumn
                + " and pv_l.organisation_id = pv_org.org_id and pv_l.active = true))";
    }

    @EventListener
    @Transactional
    void onLinkChanged(PartnerLinkChanged event) {
        onLinksChanged(new PartnerLinksChanged(List.of(event)));
    }

    /**
     * Each run of starts is one upsert and each run of ends one update, in the order given, so that the batch
     * comes to what the same changes one by one would; a link already in the wanted state is left as it is.
     */
    @EventListener
    @Transactional
    void onLinksChanged(PartnerLinksChanged events) {
        var run = new ArrayList<PartnerLinkChanged>();
        for (var change : events.changes()) {
            if (!run.isEmpty() && run.getFirst().active() != change.active()) {
                apply(run);
                run.clear();
            }
            run.add(change);
        }
        apply(run);
    }

    private void apply(List<PartnerLinkChanged> run) {
        if (run.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        if (run.getFirst().active()) {
            // assignments run left to right: the old "active" decides, before it is set
            MultiRowSql.insert(jdbc, "insert into resident_partner_link (resident_id, organisation_id, source, source_ref,"
                            + " active, started_at)",
                    run.stream().map(e -> new Object[]{e.residentId(), e.organisationId(), e.source(), e.sourceRef(), true, now}).toList(),
                    "on duplicate key update started_at = if(active, started_at, values(started_at)),"
                            + " ended_at = if(active, ended_at, null), active = true");
            return;
        }
        var params = new ArrayList<Object>();
        params.add(now);
        run.forEach(e -> Collections.addAll(params, e.source(), e.sourceRef(), e.organisationId(), e.residentId()));
        jdbc.sql("update resident_partner_link set active = false, ended_at = ? where active"
                        + " and (source, source_ref, organisation_id, resident_id) in ("
                        + String.join(", ", Collections.nCopies(run.size(), "(?, ?, ?, ?)")) + ")")
                .params(params).update();
    }

    @EventListener
    @Transactional
    void onMerge(ResidentsMerged merged) {
        if (merged.undo()) {
            links.moveBack(merged.survivorId(), merged.duplicateId());
        } else {
            links.moveToSurvivor(merged.duplicateId(), merged.survivorId());
        }
    }
}
