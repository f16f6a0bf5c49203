package org.bridgework.families.ui;

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
        var description = new TextField("Goal");
        var owner = new TextField("Owner");
        owner.setHelperText("A family member or a worker");
        var due = new DatePicker("Due");
        var need = new Select<Need>();
        need.setLabel("Need it addresses");
        need.setItems(c.needs());
        need.setItemLabelGenerator(n -> n == null ? "None in particular" : n.label());
        need.setEmptySelectionAllowed(true);
        var add = new Button("Add goal", e -> {
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
        grid.addColumn(Goal::description).setHeader("Goal").setFlexGrow(3);
        grid.addColumn(Goal::owner).setHeader("Owner");
        grid.addColumn(g -> Formats.date(g.dueDate()) + (g.overdue(today) ? " (overdue)" : "")).setHeader("Due");
        grid.addComponentColumn(this::statusSelect).setHeader("Status").setAutoWidth(true);
        grid.setAriaLabel("Action plan goals");
        grid.setAllRowsVisible(true);
        add(new H3("Goals"), grid, new H3("Add a goal"), form);
        refresh();
    }

    private Select<GoalStatus> statusSelect(Goal g) {
        var s = new Select<GoalStatus>();
        s.setItems(GoalStatus.values());
        s.setItemLabelGenerator(GoalStatus::label);
        s.setValue(g.status());
        s.setAriaLabel("Status of " + g.description());
        s.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    plans.saveGoal(new Goal(g.id(), g.version(), g.caseId(), g.needId(), g.description(), g.owner(),
                            g.dueDate(), e.getValue()));
                } catch (ConcurrentEditException conflict) {
                    Notification.show("Someone else changed this goal meanwhile, so your change was not saved: "
                            + conflict.theirChanges().stream().map(c -> c.field() + " is now '" + c.after() + "'")
                            .collect(java.util.stream.Collectors.joining(", ")) + ". The plan has been reloaded.", 8000,
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
