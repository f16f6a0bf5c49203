package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed({Access.FAMILY_WORKER, Access.MANAGER, Access.PARTNER})
class CaseView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

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
                fact(getTranslation("families.case.status"), Texts.label(s.status())),
                fact(getTranslation("families.case.urgency"), s.urgency()),
                fact(getTranslation("families.case.leadWorker"), s.leadWorkerName() == null ? getTranslation("families.case.notYetAssigned") : s.leadWorkerName()),
                fact(getTranslation("families.case.received"), Formats.when(s.receivedAt())),
                fact(getTranslation("families.case.firstContact"), s.firstContactOn() != null ? Formats.date(s.firstContactOn())
                        + getTranslation("families.case.daysAfterReferral", s.daysToFirstContact())
                        : (s.firstContactOverdue(today) ? getTranslation("families.case.overdueWasDue") : getTranslation("families.case.due")) + Formats.date(s.firstContactDue())),
                fact(getTranslation("families.case.nextReview"), s.nextReviewDate() == null ? getTranslation("families.case.notSet") : Formats.date(s.nextReviewDate())
                        + (s.reviewOverdue(today) ? getTranslation("families.case.overdue") : "")),
                fact(getTranslation("families.case.needs"), c.needs().stream().map(n -> n.label()).collect(Collectors.joining("; "))));
        facts.setWrap(true);
        add(facts);
        add(new Paragraph(getTranslation("families.case.household",
                c.members().stream().map(ResidentSummary::displayName).collect(Collectors.joining(", ")))));
        if (c.followUpDue() != null && c.followUpDoneOn() == null && !partner) {
            add(new Paragraph(getTranslation("families.case.followUpDue", Formats.date(c.followUpDue()))));
        }

        var tabs = new TabSheet();
        tabs.setWidthFull();
        if (partner) {
            tabs.add(getTranslation("families.case.notes"), new NotesPanel(notes, caseId, true));
            tabs.add(getTranslation("families.case.ourReferral"), new PartnerPanel(partners, organisations, caseId, true, this::reload));
        } else {
            add(actions(c));
            if (c.referralDetails() != null) {
                add(new Paragraph(getTranslation("families.case.referral", Texts.label(c.source())
                        + (c.referrerName() == null ? "" : ", " + c.referrerName()), c.referralDetails())));
            }
            add(new Paragraph(Boolean.TRUE.equals(c.consentToShare())
                    ? getTranslation("families.case.consentGiven", Formats.date(c.consentDate()))
                    : getTranslation("families.case.noConsentToShareDo")));
            tabs.add(getTranslation("families.case.assessmentAndReviews"), new ScoresPanel(plans, cases, c, this::reload));
            tabs.add(getTranslation("families.case.actionPlan"), new GoalsPanel(plans, c));
            tabs.add(getTranslation("families.case.notes"), new NotesPanel(notes, caseId, false));
            tabs.add(getTranslation("families.case.documents"), new DocumentsPanel(documents, caseId));
            tabs.add(getTranslation("families.case.partners"), new PartnerPanel(partners, organisations, caseId, false, this::reload));
            tabs.add(getTranslation("families.case.history"), new HistoryPanel(cases, caseId));
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
            bar.add(new Button(getTranslation("families.case.startTriage"), e -> reason(getTranslation("families.case.startTriage"), r -> cases.startTriage(caseId, r))));
        }
        if (status == CaseStatus.TRIAGE) {
            bar.add(new Button(getTranslation("families.case.acceptAndOpenTheCase"), e -> acceptDialog()));
            bar.add(new Button(getTranslation("families.case.redirectToAPartner"), e -> redirectDialog()));
        }
        if (status == CaseStatus.REFERRED || status == CaseStatus.TRIAGE) {
            bar.add(new Button(getTranslation("families.case.closeTheReferral"), e -> reason(getTranslation("families.case.closeTheReferral"), r -> cases.closeReferral(caseId, r))));
        }
        if (status == CaseStatus.ASSESSMENT) {
            bar.add(move(getTranslation("families.case.assessmentDoneMakeActive"), CaseStatus.ACTIVE));
        }
        if (status == CaseStatus.ACTIVE) {
            bar.add(move(getTranslation("families.case.moveToReview"), CaseStatus.REVIEW));
        }
        if (status == CaseStatus.REVIEW) {
            bar.add(move(getTranslation("families.case.backToActive"), CaseStatus.ACTIVE));
        }
        if (status == CaseStatus.ASSESSMENT || status == CaseStatus.ACTIVE || status == CaseStatus.REVIEW) {
            bar.add(move(getTranslation("families.case.closeTheCase"), CaseStatus.CLOSED));
            bar.add(new Button(getTranslation("families.case.changeLeadWorker"), e -> leadDialog(true)));
        }
        if (status == CaseStatus.CLOSED && c.triageDecision() == org.bridgework.families.TriageDecision.ACCEPTED) {
            bar.add(move(getTranslation("families.case.reopenAsActive"), CaseStatus.ACTIVE));
            bar.add(move(getTranslation("families.case.reopenForANewAssessment"), CaseStatus.ASSESSMENT));
            if (c.followUpDue() != null && c.followUpDoneOn() == null) {
                bar.add(new Button(getTranslation("families.case.outcomesHeldAtFollowUp"), e -> reason(getTranslation("families.case.outcomesHeld"), r -> cases.recordFollowUp(caseId, true, r))));
                bar.add(new Button(getTranslation("families.case.outcomesDidNotHold"), e -> reason(getTranslation("families.case.outcomesDidNotHold"), r -> cases.recordFollowUp(caseId, false, r))));
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
        dialog.setHeaderTitle(reassign ? getTranslation("families.case.changeLeadWorker") : getTranslation("families.case.acceptTheReferral"));
        var lead = new ComboBox<FamilyWorker>(getTranslation("families.case.leadWorker"));
        lead.setItems(workers.workers());
        lead.setItemLabelGenerator(FamilyWorker::displayName);
        workers.workers().stream().filter(w -> w.userId() == currentUser.require().id()).findFirst().ifPresent(lead::setValue);
        var reason = new com.vaadin.flow.component.textfield.TextArea(getTranslation("families.case.reason"));
        reason.setValue(reassign ? "" : getTranslation("families.case.meetsTheCriteriaForEarly"));
        dialog.add(new VerticalLayout(lead, reason));
        dialog.getFooter().add(new Button(getTranslation("families.case.cancel"), e -> dialog.close()), new Button(getTranslation("families.case.save"), e -> {
            try {
                if (lead.getValue() == null) {
                    throw InvalidInputException.of("leadWorker", getTranslation("families.case.chooseTheLeadWorker"));
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
        dialog.setHeaderTitle(getTranslation("families.case.redirectToAPartner"));
        var org = new ComboBox<OrganisationDetails>(getTranslation("families.case.organisation"));
        org.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        org.setItemLabelGenerator(OrganisationDetails::name);
        var reason = new com.vaadin.flow.component.textfield.TextArea(getTranslation("families.case.reason"));
        dialog.add(new VerticalLayout(org, reason));
        dialog.getFooter().add(new Button(getTranslation("families.case.cancel"), e -> dialog.close()), new Button(getTranslation("families.case.redirect"), e -> {
            try {
                if (org.getValue() == null) {
                    throw InvalidInputException.of("organisation", getTranslation("families.case.chooseTheOrganisation"));
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

    @Override
    public String getPageTitle() {
        return getTranslation("families.case.pageTitle");
    }
}
