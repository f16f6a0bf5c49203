package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.families.CaseDetail;
import org.bridgework.families.CasePlanService;
import org.bridgework.families.Goal;
import org.bridgework.families.GoalStatus;
import org.bridgework.families.Need;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;

import java.util.Map;

/** The family's action plan: goals with an owner, a due date and a status. */
class GoalsPanel extends VerticalLayout {

    private final CasePlanService plans;
    private final long caseId;
    private final Grid<Goal> grid = new Grid<>();

    GoalsPanel(CasePlanService plans, CaseDetail c) {
        this.plans = plans;
        this.caseId = c.summary().id();
        var description = new TextField(getTranslation("families.goals.goal"));
        var owner = new TextField(getTranslation("families.goals.owner"));
        owner.setHelperText(getTranslation("families.goals.aFamilyMemberOrA"));
        var due = new DatePicker(getTranslation("families.goals.due"));
        var need = new Select<Need>();
        need.setLabel(getTranslation("families.goals.needItAddresses"));
        need.setItems(c.needs());
        need.setItemLabelGenerator(n -> n == null ? getTranslation("families.goals.noneInParticular") : n.label());
        need.setEmptySelectionAllowed(true);
        var add = new Button(getTranslation("families.goals.addGoal"), e -> {
            try {
                plans.saveGoal(new Goal(null, 0, caseId, need.getValue() == null ? null : need.getValue().id(),
                        description.getValue(), owner.getValue(), due.getValue(), GoalStatus.NOT_STARTED));
                description.clear();
                owner.clear();
                due.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("description", description, "owner", owner, "dueDate", due));
            }
        });
        var form = new FormLayout(description, owner, due, need, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        var today = Formats.today();
        grid.addColumn(Goal::description).setHeader(getTranslation("families.goals.goal")).setFlexGrow(3);
        grid.addColumn(Goal::owner).setHeader(getTranslation("families.goals.owner"));
        grid.addColumn(g -> Formats.date(g.dueDate()) + (g.overdue(today) ? getTranslation("families.goals.overdue") : "")).setHeader(getTranslation("families.goals.due"));
        grid.addComponentColumn(this::statusSelect).setHeader(getTranslation("families.goals.status")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation("families.goals.actionPlanGoals"));
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("families.goals.goals")), grid, new H3(getTranslation("families.goals.addAGoal")), form);
        refresh();
    }

    private Select<GoalStatus> statusSelect(Goal g) {
        var s = new Select<GoalStatus>();
        s.setItems(GoalStatus.values());
        s.setItemLabelGenerator(Texts::label);
        s.setValue(g.status());
        s.setAriaLabel(getTranslation("families.goals.statusAria", g.description()));
        s.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    plans.saveGoal(new Goal(g.id(), g.version(), g.caseId(), g.needId(), g.description(), g.owner(),
                            g.dueDate(), e.getValue()));
                } catch (ConcurrentEditException conflict) {
                    Notification.show(getTranslation("families.goals.conflict", conflict.theirChanges().stream()
                            .map(c -> getTranslation("families.goals.isNow", c.field(), c.after()))
                            .collect(java.util.stream.Collectors.joining(", "))), 8000,
                            Notification.Position.MIDDLE);
                }
                refresh();
            }
        });
        return s;
    }

    private void refresh() {
        grid.setItems(plans.goals(caseId));
    }
}
