package org.bridgework.consent;

import org.bridgework.IntegrationTest;
import org.bridgework.residents.PartnerLinkChanged;
import org.bridgework.residents.PartnerLinksChanged;
import org.bridgework.residents.PartnerVisibility;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerVisibilityTest extends IntegrationTest {

    @Autowired
    PartnerVisibility visibility;
    @Autowired
    ConsentService consents;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private void publish(PartnerLinkChanged event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    /** What a feature scoping its own query would get back: the residents among {@code ids} the partner may see. */
    private List<Long> visibleThroughSql(long organisationId, long... ids) {
        var list = new StringBuilder();
        for (long id : ids) {
            list.append(list.isEmpty() ? "" : ",").append(id);
        }
        return jdbc.sql("select r.id from resident r where r.id in (" + list + ") and " + visibility.sqlCondition("r.id")
                        + " order by r.id")
                .param(organisationId).query(Long.class).list();
    }

    @Test
    void aPartnerSeesAResidentOnlyWhileTheirSharingConsentIsActive() {
        var partner = fixtures.organisation("Toynbee");
        var other = fixtures.organisation("Elsewhere");
        var resident = fixtures.resident("Shared", "Withpartner");
        var stranger = fixtures.resident("Not", "Shared");
        fixtures.signInAs(Role.OFFICER);
        assertThat(visibility.canSee(partner.id(), resident.id())).isFalse();

        var consent = consents.record(new NewConsent(resident.id(), ConsentPurpose.SHARE_WITH_PARTNER, partner.id(),
                LawfulBasis.CONSENT, LocalDate.now(), RecordedHow.PAPER_FORM, null));

        assertThat(visibility.canSee(partner.id(), resident.id())).isTrue();
        assertThat(visibility.canSee(other.id(), resident.id())).as("another organisation").isFalse();
        assertThat(visibleThroughSql(partner.id(), resident.id(), stranger.id())).containsExactly(resident.id());
        assertThat(visibleThroughSql(other.id(), resident.id(), stranger.id())).isEmpty();

        consents.withdraw(consent.id(), LocalDate.now(), RecordedHow.TELEPHONE);
        assertThat(visibility.canSee(partner.id(), resident.id())).isFalse();
        assertThat(visibleThroughSql(partner.id(), resident.id(), stranger.id())).isEmpty();
    }

    @Test
    void aLiveLinkLetsThePartnerSeeTheResidentUntilItEnds() {
        var partner = fixtures.organisation("Bookings");
        var resident = fixtures.resident("Booked", "Onactivity");
        String ref = "booking-" + resident.id();
        SystemUser.run(() -> publish(new PartnerLinkChanged(resident.id(), partner.id(), "activities.booking", ref, true)));
        fixtures.signInAs(Role.PARTNER, partner.id(), null);
        assertThat(visibility.canSee(partner.id(), resident.id())).isTrue();
        assertThat(visibleThroughSql(partner.id(), resident.id())).containsExactly(resident.id());

        // a second booking's end leaves the first one's link alone
        SystemUser.run(() -> publish(new PartnerLinkChanged(resident.id(), partner.id(), "activities.booking", "other-ref", false)));
        assertThat(visibility.canSee(partner.id(), resident.id())).isTrue();

        SystemUser.run(() -> publish(new PartnerLinkChanged(resident.id(), partner.id(), "activities.booking", ref, false)));
        assertThat(visibility.canSee(partner.id(), resident.id())).isFalse();
        assertThat(visibleThroughSql(partner.id(), resident.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from resident_partner_link where resident_id = ? and ended_at is not null and active = false")
                .param(resident.id()).query(Long.class).single()).isEqualTo(1);

        SystemUser.run(() -> publish(new PartnerLinkChanged(resident.id(), partner.id(), "activities.booking", ref, true)));
        assertThat(visibility.canSee(partner.id(), resident.id())).as("rebooked").isTrue();
    }

    @Test
    void aBatchOfLinkChangesComesToWhatTheSameChangesOneByOneWould() {
        var partner = fixtures.organisation("Register");
        var a = fixtures.resident("Ada", "Batch").id();
        var b = fixtures.resident("Ben", "Batch").id();
        var c = fixtures.resident("Cy", "Batch").id();
        SystemUser.run(() -> publish(new PartnerLinkChanged(c, partner.id(), "activities.booking", "ref-c", true)));
        var cStarted = startedAt(c);

        SystemUser.run(() -> tx.executeWithoutResult(s -> events.publishEvent(new PartnerLinksChanged(List.of(
                new PartnerLinkChanged(a, partner.id(), "activities.booking", "ref-a", true),
                new PartnerLinkChanged(b, partner.id(), "activities.booking", "ref-b", true),
                new PartnerLinkChanged(c, partner.id(), "activities.booking", "ref-c", true),
                new PartnerLinkChanged(b, partner.id(), "activities.booking", "ref-b", false))))));

        fixtures.signInAs(Role.PARTNER, partner.id(), null);
        assertThat(visibleThroughSql(partner.id(), a, b, c)).containsExactly(a, c);
        assertThat(startedAt(c)).as("an active link is left as it was").isEqualTo(cStarted);
        assertThat(jdbc.sql("select count(*) from resident_partner_link where resident_id = ? and not active and ended_at is not null")
                .param(b).query(Long.class).single()).isEqualTo(1);

        SystemUser.run(() -> tx.executeWithoutResult(s -> events.publishEvent(new PartnerLinksChanged(List.of(
                new PartnerLinkChanged(b, partner.id(), "activities.booking", "ref-b", true))))));
        assertThat(visibleThroughSql(partner.id(), a, b, c)).containsExactly(a, b, c);
        assertThat(jdbc.sql("select count(*) from resident_partner_link where resident_id = ? and active and ended_at is null")
                .param(b).query(Long.class).single()).as("restarted, not a second row").isEqualTo(1);
    }

    private Object startedAt(long residentId) {
        return jdbc.sql("select started_at from resident_partner_link where resident_id = ?").param(residentId)
                .query(java.sql.Timestamp.class).single();
    }

    @Test
    void theConditionRefusesAnythingButAColumnName() {
        assertThatThrownBy(() -> visibility.sqlCondition("r.id) or (1=1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(visibility.sqlCondition("booking.resident_id")).startsWith("exists (").containsOnlyOnce("?");
    }
}
