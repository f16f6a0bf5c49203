package org.bridgework.families.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.bridgework.families.PartnerReferral;
import org.bridgework.families.PartnerReferralService;
import org.bridgework.families.PartnerReferralStatus;
import org.bridgework.families.PartnerSession;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;

import java.util.Map;

/** Staff refer part of a case to a partner; the partner answers and records its sessions. */
class PartnerPanel extends VerticalLayout {

    PartnerPanel(PartnerReferralService partners, OrganisationService organisations, long caseId, boolean partner, Runnable reload) {
        var referrals = partners.forCase(caseId);
        for (var r : referrals) {
            add(referral(partners, r, partner, reload));
        }
        if (referrals.isEmpty()) {
            add(new Paragraph("Not referred to any partner."));
        }
        var sessions = new Grid<PartnerSession>();
        sessions.addColumn(s -> Formats.date(s.heldOn())).setHeader("Date");
        sessions.addColumn(s -> s.durationMinutes() + " min").setHeader("Length");
        sessions.addColumn(PartnerSession::summary).setHeader("Summary").setFlexGrow(3);
        sessions.addColumn(PartnerSession::recordedBy).setHeader("By");
        sessions.setItems(partners.sessions(caseId));
        sessions.setAllRowsVisible(true);
        sessions.setAriaLabel("Partner sessions");
        add(new H3("Partner sessions"), sessions);

        if (!partner) {
            var org = new ComboBox<OrganisationDetails>("Partner organisation");
            org.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
            org.setItemLabelGenerator(OrganisationDetails::name);
            var scope = new TextArea("What the partner is asked to do");
            var refer = new Button("Refer", e -> {
                try {
                    if (org.getValue() == null) {
                        throw InvalidInputException.of("organisation", "Choose the partner organisation.");
                    }
                    partners.refer(caseId, org.getValue().id(), scope.getValue());
                    reload.run();
                } catch (InvalidInputException invalid) {
                    FieldErrors.show(invalid, Map.of("organisation", org, "scope", scope));
                }
            });
            var form = new FormLayout(org, scope, refer);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
            add(new H3("Refer to a partner"), form);
        }
    }

    private static VerticalLayout referral(PartnerReferralService partners, PartnerReferral r, boolean partner, Runnable reload) {
        var box = new VerticalLayout(new H3(r.organisationName() + ": " + r.status().label()),
                new Paragraph("Asked to: " + r.scope() + " (referred " + Formats.when(r.referredAt()) + " by " + r.referredBy() + ")"));
        if (r.responseNote() != null) {
            box.add(new Paragraph("Note: " + r.responseNote()));
        }
        box.setPadding(false);
        if (partner && r.status() == PartnerReferralStatus.OFFERED) {
            var note = new TextArea("Note to the family worker");
            var accept = new Button("Accept", e -> act(() -> partners.respond(r.id(), true, note.getValue()), note, reload));
            var decline = new Button("Decline", e -> act(() -> partners.respond(r.id(), false, note.getValue()), note, reload));
            box.add(note, new HorizontalLayout(accept, decline));
        }
        if (partner && r.status() == PartnerReferralStatus.ACCEPTED) {
            var date = new DatePicker("Session date", Formats.today());
            date.setMax(Formats.today());
            var minutes = new IntegerField("Length in minutes");
            minutes.setValue(60);
            var summary = new TextArea("Summary");
            var record = new Button("Record session", e -> {
                try {
                    partners.recordSession(r.id(), date.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(), summary.getValue());
                    reload.run();
                } catch (InvalidInputException invalid) {
                    FieldErrors.show(invalid, Map.of("heldOn", date, "durationMinutes", minutes, "summary", summary));
                }
            });
            box.add(new FormLayout(date, minutes, summary, record));
        }
        if (r.status() == PartnerReferralStatus.ACCEPTED || (!partner && r.status() == PartnerReferralStatus.OFFERED)) {
            box.add(new Button("End this referral", e -> new ReasonDialog("End the referral", "End", reason ->
                    partners.end(r.id(), reason), reload).open()));
        }
        return box;
    }

    private static void act(Runnable action, TextArea note, Runnable reload) {
        try {
            action.run();
            reload.run();
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, Map.of("responseNote", note));
        }
    }
}
