package org.bridgework.families.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.families.CaseFilter;
import org.bridgework.families.CaseStatus;
import org.bridgework.families.CaseSummary;
import org.bridgework.families.FamilyCaseService;
import org.bridgework.families.FamilyDashboardService;
import org.bridgework.families.FamilyNeedsService;
import org.bridgework.families.FamilyWorkerDirectory;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.bridgework.security.Role;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A family worker's caseload: what needs doing, then every case, paged in SQL. */
@Route("families")
@PageTitle("Family support | Bridgework")
@Menu(order = 40, icon = "vaadin:family", title = "Family support")
@RolesAllowed({Access.FAMILY_WORKER, Access.MANAGER})
class FamiliesView extends VerticalLayout {

    final Grid<CaseSummary> grid = new Grid<>();
    final Select<CaseStatus> status = new Select<>();
    final TextField family = new TextField("Family name");
    final Button newReferral = new Button("New referral");

    FamiliesView(FamilyCaseService cases, FamilyDashboardService dashboards, FamilyWorkerDirectory workers,
                 FamilyNeedsService needs, ResidentService residents, CurrentUser currentUser) {
        workers.registerSelf();
        var today = Formats.today();
        add(new H1("Family support"));
        var board = dashboards.forMe();
        var cards = new FlexLayout(
                card("Reviews due this week", board.reviewsDue(), c -> c.familyName() + ": review " + Formats.date(c.nextReviewDate())
                        + (c.reviewOverdue(today) ? " (overdue)" : "")),
                goalsCard(board.goalsOverdue()),
                card("New referrals to triage", board.newReferrals(), c -> c.familyName() + ": " + c.urgency().toLowerCase()
                        + ", received " + Formats.when(c.receivedAt())),
                card("First contacts overdue", board.firstContactsOverdue(), c -> c.familyName() + ": was due "
                        + Formats.date(c.firstContactDue())),
                card("Follow-ups due", board.followUpsDue(), c -> c.familyName() + ": six-month check"));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        add(cards);

        newReferral.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newReferral.addClickListener(e -> new ReferralDialog(cases, needs, residents,
                id -> UI.getCurrent().navigate("families/case/" + id)).open());
        status.setLabel("Status");
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        family.setValueChangeMode(ValueChangeMode.LAZY);
        family.setClearButtonVisible(true);
        family.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var toolbar = new HorizontalLayout(family, status, newReferral);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addComponentColumn(c -> new Anchor("families/case/" + c.id(), c.familyName())).setHeader("Family").setAutoWidth(true);
        grid.addColumn(c -> c.status().label()).setHeader("Status");
        grid.addColumn(CaseSummary::urgency).setHeader("Urgency");
        grid.addColumn(c -> c.leadWorkerName() == null ? "Not yet assigned" : c.leadWorkerName()).setHeader("Lead worker");
        grid.addColumn(c -> c.firstContactOn() != null ? Formats.date(c.firstContactOn()) + " (" + c.daysToFirstContact() + " days)"
                : c.firstContactOverdue(today) ? "Overdue (due " + Formats.date(c.firstContactDue()) + ")"
                : "Due " + Formats.date(c.firstContactDue())).setHeader("First contact");
        grid.addColumn(c -> c.nextReviewDate() == null ? "" : Formats.date(c.nextReviewDate())
                + (c.reviewOverdue(today) ? " (overdue)" : "")).setHeader("Next review");
        grid.setAriaLabel("Family cases");
        grid.setItems(q -> cases.page(filter(), q.getOffset(), q.getLimit()).stream());
        add(new H2("Cases"), toolbar, grid);

        if (currentUser.require().hasRole(Role.FAMILY_WORKER)) {
            add(myContact(workers));
        }
    }

    private CaseFilter filter() {
        return new CaseFilter(status.getValue(), null, family.getValue(), null);
    }

    private static Component card(String title, List<CaseSummary> items, Function<CaseSummary, String> line) {
        var list = new UnorderedList();
        items.stream().limit(10).forEach(c -> list.add(new ListItem(new Anchor("families/case/" + c.id(), line.apply(c)))));
        var card = new VerticalLayout(new H2(title + " (" + items.size() + ")"));
        if (items.isEmpty()) {
            card.add(new Paragraph("None."));
        } else {
            card.add(list);
        }
        return style(card);
    }

    private static Component goalsCard(List<org.bridgework.families.WorkerDashboard.OverdueGoal> goals) {
        var list = new UnorderedList();
        goals.stream().limit(10).forEach(g -> list.add(new ListItem(new Anchor("families/case/" + g.caseId(),
                g.familyName() + ": " + g.description() + " (" + g.owner() + ", due " + Formats.date(g.dueDate()) + ")"))));
        var card = new VerticalLayout(new H2("Goals overdue (" + goals.size() + ")"));
        card.add(goals.isEmpty() ? new Paragraph("None.") : list);
        return style(card);
    }

    private static Component style(VerticalLayout card) {
        card.addClassName("family-card");
        card.setWidth("min(100%, 22rem)");
        card.setPadding(true);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    private static Component myContact(FamilyWorkerDirectory workers) {
        var me = workers.me();
        var phone = new TextField("Work phone");
        var email = new TextField("Work email");
        me.ifPresent(w -> {
            phone.setValue(w.phone() == null ? "" : w.phone());
            email.setValue(w.email() == null ? "" : w.email());
        });
        var save = new Button("Save my contact details", e -> {
            try {
                workers.saveMyContact(phone.getValue(), email.getValue());
                com.vaadin.flow.component.notification.Notification.show("Saved. Other staff see these when a resident has you as lead worker.");
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("phone", phone, "email", email));
            }
        });
        var row = new HorizontalLayout(phone, email, save);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return new Details("My contact details (shown to other staff)", row);
    }
}
