package org.bridgework.residents;

import org.bridgework.IntegrationTest;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PartnerAccessTest extends IntegrationTest {

    @Autowired
    ResidentService residents;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ObjectProvider<PartnerVisibility> realVisibility;

    @Test
    void aPartnerIsRefusedAResidentTheyHaveNoLinkWith() {
        var resident = fixtures.resident("Pat", ResidentTestData.name());
        fixtures.signInAs(Role.PARTNER);
        org.junit.jupiter.api.Assumptions.assumeTrue(realVisibility.getIfAvailable() == null
                || !realVisibility.getIfAvailable().canSee(currentUser.require().organisationId().orElseThrow(), resident.id()));
        assertThatThrownBy(() -> residents.open(resident.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residents.summary(resident.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(residents.summaries(List.of(resident.id()))).isEmpty();
        assertThatThrownBy(() -> residents.findLikelyDuplicates(ResidentForm.blank())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVolunteerSeesOnlyThemselves() {
        var other = fixtures.resident("Ola", ResidentTestData.name());
        var volunteer = fixtures.signInAs(Role.VOLUNTEER);
        long own = volunteer.residentId().orElseThrow();
        assertThat(residents.summary(own)).isPresent();
        assertThatThrownBy(() -> residents.summary(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residents.open(own)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPartnerSeesExactlyWhomTheVisibilityRuleAllows() {
        var allowed = fixtures.resident("Al", ResidentTestData.name());
        var refused = fixtures.resident("Re", ResidentTestData.name());
        var partner = fixtures.signInAs(Role.PARTNER);
        long org = partner.organisationId().orElseThrow();
        var rule = mock(PartnerVisibility.class);
        when(rule.canSee(org, allowed.id())).thenReturn(true);
        @SuppressWarnings("unchecked")
        ObjectProvider<PartnerVisibility> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(rule);
        var access = new ResidentAccess(currentUser, provider);
        assertThatCode(() -> access.checkMaySee(allowed.id())).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.checkMaySee(refused.id())).isInstanceOf(AccessDeniedException.class);

        @SuppressWarnings("unchecked")
        ObjectProvider<PartnerVisibility> absent = mock(ObjectProvider.class);
        assertThatThrownBy(() -> new ResidentAccess(currentUser, absent).checkMaySee(allowed.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
