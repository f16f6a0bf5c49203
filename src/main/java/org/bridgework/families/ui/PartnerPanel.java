package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.i18n.I18NProvider;
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
            add(new Paragraph(getTranslation("families.partner.notReferredToAnyPartner")));
        }
        var sessions = new Grid<PartnerSession>();
        sessions.addColumn(s -> Formats.date(s.heldOn())).setHeader(getTranslation("families.partner.date"));
        sessions.addColumn(s -> getTranslation("families.partner.minutes", s.durationMinutes())).setHeader(getTranslation("families.partner.length"));
        sessions.addColumn(PartnerSession::summary).setHeader(getTranslation("families.partner.summary")).setFlexGrow(3);
        sessions.addColumn(PartnerSession::recordedBy).setHeader(getTranslation("families.partner.by"));
        sessions.setItems(partners.sessions(caseId));
        sessions.setAllRowsVisible(true);
        sessions.setAriaLabel(getTranslation("families.partner.partnerSessions"));
        add(new H3(getTranslation("families.partner.partnerSessions")), sessions);

        if (!partner) {
            var org = new ComboBox<OrganisationDetails>(getTranslation("families.partner.partnerOrganisation"));
            org.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
            org.setItemLabelGenerator(OrganisationDetails::name);
            var scope = new TextArea(getTranslation("families.partner.whatThePartnerIsAsked"));
            var refer = new Button(getTranslation("families.partner.refer"), e -> {
                try {
                    if (org.getValue() == null) {
                        throw InvalidInputException.of("organisation", getTranslation("families.partner.chooseThePartnerOrganisation"));
                    }
                    partners.refer(caseId, org.getValue().id(), scope.getValue());
                    reload.run();
                } catch (InvalidInputException invalid) {
                    FieldErrors.show(invalid, Map.of("organisation", org, "scope", scope));
                }
            });
            var form = new FormLayout(org, scope, refer);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
            add(new H3(getTranslation("families.partner.referToAPartner")), form);
        }
    }

    private static VerticalLayout referral(PartnerReferralService partners, PartnerReferral r, boolean partner, Runnable reload) {
        var box = new VerticalLayout(new H3(r.organisationName() + ": " + Texts.label(r.status())),
                new Paragraph(I18NProvider.translate("families.partner.askedTo", r.scope(), Formats.when(r.referredAt()), r.referredBy())));
        if (r.responseNote() != null) {
            box.add(new Paragraph(I18NProvider.translate("families.partner.note", r.responseNote())));
        }
        box.setPadding(false);
        if (partner && r.status() == PartnerReferralStatus.OFFERED) {
            var note = new TextArea(I18NProvider.translate("families.partner.noteToTheFamilyWorker"));
            var accept = new Button(I18NProvider.translate("families.partner.accept"), e -> act(() -> partners.respond(r.id(), true, note.getValue()), note, reload));
            var decline = new Button(I18NProvider.translate("families.partner.decline"), e -> act(() -> partners.respond(r.id(), false, note.getValue()), note, reload));
            box.add(note, new HorizontalLayout(accept, decline));
        }
        if (partner && r.status() == PartnerReferralStatus.ACCEPTED) {
            var date = new DatePicker(I18NProvider.translate("families.partner.sessionDate"), Formats.today());
            date.setMax(Formats.today());
            var minutes = new IntegerField(I18NProvider.translate("families.partner.lengthInMinutes"));
            minutes.setValue(60);
            var summary = new TextArea(I18NProvider.translate("families.partner.summary"));
            var record = new Button(I18NProvider.translate("families.partner.recordSession"), e -> {
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
            box.add(new Button(I18NProvider.translate("families.partner.endThisReferral"), e -> new ReasonDialog(I18NProvider.translate("families.partner.endTheReferral"), I18NProvider.translate("families.partner.end"), reason ->
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
