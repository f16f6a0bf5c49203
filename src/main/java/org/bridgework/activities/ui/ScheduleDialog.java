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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.ActivitySummary;
import org.bridgework.activities.Frequency;
import org.bridgework.activities.Recurrence;
import org.bridgework.platform.InvalidInputException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Adds a term of sessions from a repeat rule; dates off (half term, bank holidays) are left out. */
class ScheduleDialog extends Dialog {

    final ComboBox<Frequency> frequency = new ComboBox<>(getTranslation("activities.schedule.howOften"));
    final DatePicker first = new DatePicker(getTranslation("activities.schedule.firstSession"));
    final DatePicker last = new DatePicker(getTranslation("activities.schedule.lastSession"));
    final TimePicker start = new TimePicker(getTranslation("activities.schedule.startsAt"));
    final IntegerField duration = new IntegerField(getTranslation("activities.schedule.lengthInMinutes"));
    final TextField datesOff = new TextField(getTranslation("activities.schedule.datesOffNoSession"));

    ScheduleDialog(ActivityService activities, ActivitySummary activity, Runnable onSaved) {
        setHeaderTitle(getTranslation("activities.schedule.title", activity.title()));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(Texts::label);
        frequency.setValue(Frequency.WEEKLY);
        first.setValue(LocalDate.now());
        frequency.addValueChangeListener(e -> last.setEnabled(e.getValue() != Frequency.ONCE));
        start.setValue(LocalTime.of(10, 0));
        duration.setValue(90);
        duration.setMin(1);
        datesOff.setHelperText(getTranslation("activities.schedule.datesAs20261026"));
        var form = new FormLayout(frequency, first, last, start, duration, datesOff);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);
        Map<String, HasValidation> fields = Map.of("frequency", frequency, "firstDate", first, "lastDate", last,
                "startTime", start, "duration", duration, "datesOff", datesOff);
        var save = new Button(getTranslation("activities.schedule.addSessions"), e -> {
            try {
                var rule = new Recurrence(frequency.getValue(), first.getValue(),
                        frequency.getValue() == Frequency.ONCE ? first.getValue() : last.getValue(), start.getValue(),
                        duration.getValue() == null ? 0 : duration.getValue(), parse(datesOff.getValue()));
                int n = activities.schedule(activity.id(), rule).size();
                Notification.show(getTranslation("activities.schedule.done", n));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("activities.schedule.cancel"), e -> close()), save);
    }

    static Set<LocalDate> parse(String text) {
        var dates = new HashSet<LocalDate>();
        if (text == null || text.isBlank()) {
            return dates;
        }
        for (String part : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList()) {
            try {
                dates.add(LocalDate.parse(part.trim()));
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("datesOff", I18NProvider.translate("activities.schedule.notADate", part));
            }
        }
        return dates;
    }
}
