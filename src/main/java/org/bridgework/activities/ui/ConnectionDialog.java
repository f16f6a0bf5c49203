package org.bridgework.activities.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.ActivitySummary;
import org.bridgework.activities.ConnectionDetails;
import org.bridgework.activities.ConnectionForm;
import org.bridgework.activities.ConnectionService;
import org.bridgework.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A Community Builder records a connection, and later how isolated the resident feels now. */
class ConnectionDialog extends Dialog {

    private static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    ConnectionDialog(ConnectionService connections, ActivityService activities, long residentId, ConnectionDetails existing,
                     Runnable onSaved) {
        setHeaderTitle(existing == null ? getTranslation("activities.connection.recordAConnection") : getTranslation("activities.connection.reviewAConnection"));
        var activity = new ComboBox<ActivitySummary>(getTranslation("activities.connection.activity"));
        activity.setItems(q -> activities.page(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        activity.setItemLabelGenerator(ActivitySummary::title);
        var group = new TextField(getTranslation("activities.connection.orAnotherGroup"));
        var on = new DatePicker(getTranslation("activities.connection.connectedOn"), LocalDate.now());
        var first = scale(getTranslation("activities.connection.howIsolatedTheyFeltAt"));
        var review = scale(getTranslation("activities.connection.howIsolatedTheyFeelAt"));
        var reviewedOn = new DatePicker(getTranslation("activities.connection.reviewedOn"));
        var notes = new TextArea(getTranslation("activities.connection.notes"));
        if (existing != null) {
            if (existing.activityId() == null) {
                group.setValue(existing.connectedTo() == null ? "" : existing.connectedTo());
            } else {
                activities.form(existing.activityId()).ifPresent(f -> activity.setValue(new ActivitySummary(f.id(), f.title(),
                        null, null, f.deliveringOrgId(), f.venue(), f.wardCode(), f.capacity(), f.countsAsVolunteering(), f.dropIn())));
            }
            on.setValue(existing.connectedOn());
            first.setValue(existing.isolationAtFirst());
            review.setValue(existing.isolationAtReview());
            reviewedOn.setValue(existing.reviewedOn() == null ? LocalDate.now() : existing.reviewedOn());
            notes.setValue(existing.notes() == null ? "" : existing.notes());
        }
        var form = new FormLayout(activity, group, on, first, review, reviewedOn, notes);
        add(form);
        Map<String, HasValidation> fields = Map.of("connectedTo", activity, "connectedOn", on, "isolationAtFirst", first,
                "isolationAtReview", review, "reviewedOn", reviewedOn);
        var save = new Button(getTranslation("activities.connection.save"), e -> {
            try {
                connections.save(new ConnectionForm(existing == null ? null : existing.id(), residentId,
                        activity.getValue() == null ? null : activity.getValue().id(), group.getValue(), on.getValue(),
                        first.getValue(), review.getValue(), reviewedOn.getValue(), notes.getValue()));
                Notification.show(getTranslation("activities.connection.connectionSaved"));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("activities.connection.cancel"), e -> close()), save);
    }

    private static ComboBox<Integer> scale(String label) {
        var box = new ComboBox<Integer>(label);
        box.setItems(SCALE);
        box.setItemLabelGenerator(v -> v + (v == 1 ? I18NProvider.translate("activities.connection.notAtAllIsolated") : v == 5 ? I18NProvider.translate("activities.connection.veryIsolated") : ""));
        box.setClearButtonVisible(true);
        return box;
    }
}
