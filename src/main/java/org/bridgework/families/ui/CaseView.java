package org.bridgework.families.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.families.CaseDetail;
import org.bridgework.families.CaseDocumentService;
import org.bridgework.families.CaseNoteService;
import org.bridgework.families.CasePlanService;
import org.bridgework.families.CaseStatus;
import org.bridgework.families.FamilyCaseService;
import org.bridgework.families.FamilyWorker;
import org.bridgework.families.FamilyWorkerDirectory;
import org.bridgework.families.PartnerReferralService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One family's case. Opening it is audited by the service. A partner reaches it only while the case is
 * referred to its organisation, and sees the partner's part of it; anyone else is shown the no-access page.
 */
@Route("families/case")
@PageTitle("Family case | Bridgework")
@RolesAllowed({Access.FAMILY_WORKER, Access.MANAGER, Access.PARTNER})
class CaseView extends VerticalLayout implements HasUrlParameter<Long> {

    private final FamilyCaseService cases;
    private final CasePlanService plans;
    private final CaseNoteService notes;
    private final CaseDocumentService documents;
    private final PartnerReferralService partners;
    private final FamilyWorkerDirectory workers;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private long caseId;

    CaseView(FamilyCaseService cases, CasePlanService plans, CaseNoteService notes, CaseDocumentService documents,
             PartnerReferralService partners, FamilyWorkerDirectory workers, OrganisationService organisations,
             CurrentUser currentUser) {
        this.cases = cases;
        this.plans = plans;
        this.notes = notes;
        this.documents = documents;
        this.partners = partners;
        this.workers = workers;
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        if (id == null) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        try {
            caseId = id;
            render(cases.open(id));
        } catch (org.springframework.security.access.AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void render(CaseDetail c) {
        removeAll();
        boolean partner = currentUser.require().isPartner();
        var s = c.summary();
        var today = Formats.today();
        add(new H1(s.familyName()));
        var facts = new HorizontalLayout(
                fact("Status", s.status().label()),
                fact("Urgency", s.urgency()),
                fact("Lead worker", s.leadWorkerName() == null ? "Not yet assigned" : s.leadWorkerName()),
                fact("Received", Formats.when(s.receivedAt())),
                fact("First contact", s.firstContactOn() != null ? Formats.date(s.firstContactOn())
                        + " (" + s.daysToFirstContact() + " days after referral)"
                        : (s.firstContactOverdue(today) ? "OVERDUE, was due " : "Due ") + Formats.date(s.firstContactDue())),
                fact("Next review", s.nextReviewDate() == null ? "Not set" : Formats.date(s.nextReviewDate())
                        + (s.reviewOverdue(today) ? " (OVERDUE)" : "")),
                fact("Needs", c.needs().stream().map(n -> n.label()).collect(Collectors.joining("; "))));
        facts.setWrap(true);
        add(facts);
        add(new Paragraph("Household: " + c.members().stream().map(ResidentSummary::displayName).collect(Collectors.joining(", "))));
        if (c.followUpDue() != null && c.followUpDoneOn() == null && !partner) {
            add(new Paragraph("Six-month follow-up due " + Formats.date(c.followUpDue()) + "."));
        }

        var tabs = new TabSheet();
        tabs.setWidthFull();
        if (partner) {
            tabs.add("Notes", new NotesPanel(notes, caseId, true));
            tabs.add("Our referral", new PartnerPanel(partners, organisations, caseId, true, this::reload));
        } else {
            add(actions(c));
            if (c.referralDetails() != null) {
                add(new Paragraph("Referral (" + c.source().label() + (c.referrerName() == null ? "" : ", " + c.referrerName())
                        + "): " + c.referralDetails()));
            }
            add(new Paragraph(Boolean.TRUE.equals(c.consentToShare())
                    ? "Consent to share given on " + Formats.date(c.consentDate()) + "."
                    : "No consent to share: do not share information with partners without a lawful basis."));
            tabs.add("Assessment and reviews", new ScoresPanel(plans, cases, c, this::reload));
            tabs.add("Action plan", new GoalsPanel(plans, c));
            tabs.add("Notes", new NotesPanel(notes, caseId, false));
            tabs.add("Documents", new DocumentsPanel(documents, caseId));
            tabs.add("Partners", new PartnerPanel(partners, organisations, caseId, false, this::reload));
            tabs.add("History", new HistoryPanel(cases, caseId));
        }
        add(tabs);
    }

    private void reload() {
        render(cases.open(caseId));
    }

    private Component actions(CaseDetail c) {
        var bar = new HorizontalLayout();
        bar.setWrap(true);
        var status = c.summary().status();
        if (status == CaseStatus.REFERRED) {
            bar.add(new Button("Start triage", e -> reason("Start triage", r -> cases.startTriage(caseId, r))));
        }
        if (status == CaseStatus.TRIAGE) {
            bar.add(new Button("Accept and open the case", e -> acceptDialog()));
            bar.add(new Button("Redirect to a partner", e -> redirectDialog()));
        }
        if (status == CaseStatus.REFERRED || status == CaseStatus.TRIAGE) {
            bar.add(new Button("Close the referral", e -> reason("Close the referral", r -> cases.closeReferral(caseId, r))));
        }
        if (status == CaseStatus.ASSESSMENT) {
            bar.add(move("Assessment done: make active", CaseStatus.ACTIVE));
        }
        if (status == CaseStatus.ACTIVE) {
            bar.add(move("Move to review", CaseStatus.REVIEW));
        }
        if (status == CaseStatus.REVIEW) {
            bar.add(move("Back to active", CaseStatus.ACTIVE));
        }
        if (status == CaseStatus.ASSESSMENT || status == CaseStatus.ACTIVE || status == CaseStatus.REVIEW) {
            bar.add(move("Close the case", CaseStatus.CLOSED));
            bar.add(new Button("Change lead worker", e -> leadDialog(true)));
        }
        if (status == CaseStatus.CLOSED && c.triageDecision() == org.bridgework.families.TriageDecision.ACCEPTED) {
            bar.add(move("Reopen as active", CaseStatus.ACTIVE));
            bar.add(move("Reopen for a new assessment", CaseStatus.ASSESSMENT));
            if (c.followUpDue() != null && c.followUpDoneOn() == null) {
                bar.add(new Button("Outcomes held at follow-up", e -> reason("Outcomes held", r -> cases.recordFollowUp(caseId, true, r))));
                bar.add(new Button("Outcomes did not hold", e -> reason("Outcomes did not hold", r -> cases.recordFollowUp(caseId, false, r))));
            }
        }
        return bar;
    }

    private Button move(String label, CaseStatus to) {
        return new Button(label, e -> reason(label, r -> cases.transition(caseId, to, r)));
    }

    private void reason(String title, java.util.function.Consumer<String> action) {
        new ReasonDialog(title, title, action, this::reload).open();
    }

    private void acceptDialog() {
        leadDialog(false);
    }

    private void leadDialog(boolean reassign) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(reassign ? "Change lead worker" : "Accept the referral");
        var lead = new ComboBox<FamilyWorker>("Lead worker");
        lead.setItems(workers.workers());
        lead.setItemLabelGenerator(FamilyWorker::displayName);
        workers.workers().stream().filter(w -> w.userId() == currentUser.require().id()).findFirst().ifPresent(lead::setValue);
        var reason = new com.vaadin.flow.component.textfield.TextArea("Reason");
        reason.setValue(reassign ? "" : "Meets the criteria for early help");
        dialog.add(new VerticalLayout(lead, reason));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), new Button("Save", e -> {
            try {
                if (lead.getValue() == null) {
                    throw InvalidInputException.of("leadWorker", "Choose the lead worker.");
                }
                if (reassign) {
                    cases.reassign(caseId, lead.getValue().userId(), reason.getValue());
                } else {
                    cases.accept(caseId, lead.getValue().userId(), reason.getValue());
                }
                dialog.close();
                reload();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("leadWorker", lead, "reason", reason));
            }
        }));
        dialog.open();
    }

    private void redirectDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Redirect to a partner");
        var org = new ComboBox<OrganisationDetails>("Organisation");
        org.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        org.setItemLabelGenerator(OrganisationDetails::name);
        var reason = new com.vaadin.flow.component.textfield.TextArea("Reason");
        dialog.add(new VerticalLayout(org, reason));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), new Button("Redirect", e -> {
            try {
                if (org.getValue() == null) {
                    throw InvalidInputException.of("organisation", "Choose the organisation.");
                }
                cases.redirect(caseId, org.getValue().id(), reason.getValue());
                dialog.close();
                reload();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("organisation", org, "reason", reason));
            }
        }));
        dialog.open();
    }

    private static Component fact(String label, String value) {
        var l = new Span(label + ": ");
        l.getStyle().set("font-weight", "600");
        var box = new Span(l, new Span(value));
        box.getStyle().set("margin-right", "var(--lumo-space-l)");
        return box;
    }
}
