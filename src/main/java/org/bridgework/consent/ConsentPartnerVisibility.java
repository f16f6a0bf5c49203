package org.bridgework.consent;

import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.residents.PartnerVisibility;
import org.bridgework.residents.ResidentsMerged;
import org.bridgework.security.Access;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
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
        var existing = links.findBySourceAndSourceRefAndOrganisationIdAndResidentId(
                event.source(), event.sourceRef(), event.organisationId(), event.residentId());
        if (event.active()) {
            var link = existing.orElseGet(ResidentPartnerLink::new);
            if (link.id != null && link.active) {
                return;
            }
            link.residentId = event.residentId();
            link.organisationId = event.organisationId();
            link.source = event.source();
            link.sourceRef = event.sourceRef();
            link.active = true;
            link.startedAt = clock.instant();
            link.endedAt = null;
            links.saveAndFlush(link);
        } else {
            existing.filter(l -> l.active).ifPresent(l -> {
                l.active = false;
                l.endedAt = clock.instant();
                links.saveAndFlush(l);
            });
        }
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
