package org.bridgework.consent.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.bridgework.UiTest;
import org.bridgework.consent.ConsentPurpose;
import org.bridgework.consent.ConsentService;
import org.bridgework.consent.LawfulBasis;
import org.bridgework.consent.RecordedHow;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ConsentTabTest extends UiTest {

    @Autowired
    ConsentTab tab;
    @Autowired
    ConsentService consents;

    @Test
    void staffRecordAConsentAndItsWithdrawalOnTheResidentsPage() {
        var resident = fixtures.resident("Tabby", "Consenting");
        assertThat(tab.isVisibleTo(signInAs(Role.PARTNER))).isFalse();
        assertThat(tab.isVisibleTo(signInAs(Role.VOLUNTEER))).isFalse();
        assertThat(tab.isVisibleTo(signInAs(Role.OFFICER))).isTrue();
        var panel = (ConsentPanel) tab.create(resident.id());
        assertThat(GridKt._size(panel.grid)).isZero();

        _click(panel.recordButton);
        var dialog = _get(RecordConsentDialog.class);
        dialog.purpose.setValue(ConsentPurpose.SHARE_WITH_PARTNER);
        assertThat(dialog.organisation.isVisible()).isTrue();
        dialog.recordedHow.setValue(RecordedHow.PAPER_FORM);
        _click(dialog.save);
        assertThat(dialog.organisation.isInvalid()).as("a partner must be named").isTrue();

        dialog.purpose.setValue(ConsentPurpose.CONTACT_ABOUT_EVENTS);
        assertThat(dialog.lawfulBasis.getValue()).isEqualTo(LawfulBasis.CONSENT);
        _click(dialog.save);
        assertThat(GridKt._size(panel.grid)).isEqualTo(1);
        assertThat(consents.hasContactConsent(resident.id())).isTrue();

        var given = GridKt._get(panel.grid, 0);
        new WithdrawConsentDialog(consents, given, panel::refresh).open();
        var withdraw = _get(WithdrawConsentDialog.class);
        withdraw.withdrawnOn.setValue(LocalDate.now());
        withdraw.withdrawnHow.setValue(RecordedHow.EMAIL);
        _click(withdraw.save);
        assertThat(consents.hasContactConsent(resident.id())).isFalse();
        assertThat(GridKt._get(panel.grid, 0).active()).isFalse();
    }
}
