package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
import org.bridgework.platform.ui.GridRows;
import com.vaadin.flow.i18n.I18NProvider;
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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 40, icon = "vaadin:family", title = "families.menu.familySupport")
@RolesAllowed({Access.FAMILY_WORKER, Access.MANAGER})
class FamiliesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CaseSummary> grid = new Grid<>();
    final Select<CaseStatus> status = new Select<>();
    final TextField family = new TextField(getTranslation("families.families.familyName"));
    final Button newReferral = new Button(getTranslation("families.families.newReferral"));

    FamiliesView(FamilyCaseService cases, FamilyDashboardService dashboards, FamilyWorkerDirectory workers,
                 FamilyNeedsService needs, ResidentService residents, CurrentUser currentUser) {
        workers.registerSelf();
        var today = Formats.today();
        add(new H1(getTranslation("families.families.familySupport")));
        var board = dashboards.forMe();
        var cards = new FlexLayout(
                card(getTranslation("families.families.reviewsDueThisWeek"), board.reviewsDue(), c -> getTranslation("families.families.reviewLine", c.familyName(), Formats.date(c.nextReviewDate()))
                        + (c.reviewOverdue(today) ? getTranslation("families.families.overdue") : "")),
                goalsCard(board.goalsOverdue()),
                card(getTranslation("families.families.newReferralsToTriage"), board.newReferrals(), c -> getTranslation("families.families.referralLine", c.familyName(), c.urgency().toLowerCase(getLocale()),
                        Formats.when(c.receivedAt()))),
                card(getTranslation("families.families.firstContactsOverdue"), board.firstContactsOverdue(), c -> getTranslation("families.families.wasDueLine", c.familyName(), Formats.date(c.firstContactDue()))),
                card(getTranslation("families.families.followUpsDue"), board.followUpsDue(), c -> getTranslation("families.families.followUpLine", c.familyName())));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        add(cards);

        newReferral.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newReferral.addClickListener(e -> new ReferralDialog(cases, needs, residents,
                id -> UI.getCurrent().navigate("families/case/" + id)).open());
        status.setLabel(getTranslation("families.families.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("families.families.anyStatus") : Texts.label(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("families.families.anyStatus"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        family.setValueChangeMode(ValueChangeMode.LAZY);
        family.setClearButtonVisible(true);
        family.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var toolbar = new HorizontalLayout(family, status, newReferral);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addComponentColumn(c -> new Anchor("families/case/" + c.id(), c.familyName())).setHeader(getTranslation("families.families.family")).setAutoWidth(true);
        GridRows.openOnActivate(grid, c -> getUI().ifPresent(ui -> ui.navigate("families/case/" + c.id())));
        grid.addColumn(c -> Texts.label(c.status())).setHeader(getTranslation("families.families.status"));
        grid.addColumn(CaseSummary::urgency).setHeader(getTranslation("families.families.urgency"));
        grid.addColumn(c -> c.leadWorkerName() == null ? getTranslation("families.families.notYetAssigned") : c.leadWorkerName()).setHeader(getTranslation("families.families.leadWorker"));
        grid.addColumn(c -> c.firstContactOn() != null ? getTranslation("families.families.contactedOn", Formats.date(c.firstContactOn()), c.daysToFirstContact())
                : c.firstContactOverdue(today) ? getTranslation("families.families.overdueDue", Formats.date(c.firstContactDue()))
                : getTranslation("families.families.dueOn", Formats.date(c.firstContactDue()))).setHeader(getTranslation("families.families.firstContact"));
        grid.addColumn(c -> c.nextReviewDate() == null ? "" : Formats.date(c.nextReviewDate())
                + (c.reviewOverdue(today) ? getTranslation("families.families.overdue") : "")).setHeader(getTranslation("families.families.nextReview"));
        grid.setAriaLabel(getTranslation("families.families.familyCases"));
        grid.setItems(q -> cases.page(filter(), q.getOffset(), q.getLimit()).stream());
        add(new H2(getTranslation("families.families.cases")), toolbar, grid);

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
            card.add(new Paragraph(I18NProvider.translate("families.families.none")));
        } else {
            card.add(list);
        }
        return style(card);
    }

    private static Component goalsCard(List<org.bridgework.families.WorkerDashboard.OverdueGoal> goals) {
        var list = new UnorderedList();
        goals.stream().limit(10).forEach(g -> list.add(new ListItem(new Anchor("families/case/" + g.caseId(),
                I18NProvider.translate("families.families.goalLine", g.familyName(), g.description(), g.owner(), Formats.date(g.dueDate()))))));
        var card = new VerticalLayout(new H2(I18NProvider.translate("families.families.goalsOverdue", goals.size())));
        card.add(goals.isEmpty() ? new Paragraph(I18NProvider.translate("families.families.none")) : list);
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
        var phone = new TextField(I18NProvider.translate("families.families.workPhone"));
        var email = new TextField(I18NProvider.translate("families.families.workEmail"));
        me.ifPresent(w -> {
            phone.setValue(w.phone() == null ? "" : w.phone());
            email.setValue(w.email() == null ? "" : w.email());
        });
        var save = new Button(I18NProvider.translate("families.families.saveMyContactDetails"), e -> {
            try {
                workers.saveMyContact(phone.getValue(), email.getValue());
                com.vaadin.flow.component.notification.Notification.show(I18NProvider.translate("families.families.savedOtherStaffSeeThese"));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("phone", phone, "email", email));
            }
        });
        var row = new HorizontalLayout(phone, email, save);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return new Details(I18NProvider.translate("families.families.myContactDetailsShownTo"), row);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("families.families.pageTitle");
    }
}
