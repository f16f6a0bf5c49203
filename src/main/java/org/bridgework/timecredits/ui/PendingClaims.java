package org.bridgework.timecredits.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.timecredits.HoursRecord;
import org.bridgework.timecredits.HoursService;
import org.bridgework.timecredits.HoursStatus;

import java.util.Map;

/** Claims waiting for a decision, each with approve and reject; the service limits partners to their own. */
class PendingClaims extends VerticalLayout {

    final HoursGrid grid = new HoursGrid(true);

    PendingClaims(HoursService hours, Runnable onDecided) {
        setPadding(false);
        grid.addComponentColumn(h -> actions(hours, h, onDecided)).setHeader(getTranslation("timecredits.pendingClaims.decision")).setAutoWidth(true);
        grid.setItems(q -> hours.hours(HoursStatus.PENDING, q.getOffset(), q.getLimit()).stream());
        grid.setAriaLabel(getTranslation("timecredits.pendingClaims.claimsWaitingForApproval"));
        add(grid);
    }

    private HorizontalLayout actions(HoursService hours, HoursRecord h, Runnable onDecided) {
        var approve = new Button(getTranslation("timecredits.pendingClaims.approve"), e -> {
            try {
                var done = hours.approve(h.id());
                FieldErrors.done(getTranslation("timecredits.pendingClaims.approved", done.creditsIssued()));
            } catch (InvalidInputException invalid) {
                FieldErrors.error(FieldErrors.text(invalid));
            }
            grid.getDataProvider().refreshAll();
            onDecided.run();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        approve.setAriaLabel(getTranslation("timecredits.pendingClaims.approveAria", h.activity(), Texts.date(h.date())));
        var reject = new Button(getTranslation("timecredits.pendingClaims.reject"), e -> rejectDialog(hours, h, onDecided));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        reject.setAriaLabel(getTranslation("timecredits.pendingClaims.rejectAria", h.activity(), Texts.date(h.date())));
        return new HorizontalLayout(approve, reject);
    }

    private void rejectDialog(HoursService hours, HoursRecord h, Runnable onDecided) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("timecredits.pendingClaims.rejectHours"));
        var reason = new TextArea(getTranslation("timecredits.pendingClaims.whyAreTheseHoursNot"));
        reason.setHelperText(getTranslation("timecredits.pendingClaims.theVolunteerWillSeeThis"));
        reason.setWidthFull();
        dialog.add(reason);
        var confirm = new Button(getTranslation("timecredits.pendingClaims.rejectHours"), e -> {
            try {
                hours.reject(h.id(), reason.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                onDecided.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("timecredits.pendingClaims.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
