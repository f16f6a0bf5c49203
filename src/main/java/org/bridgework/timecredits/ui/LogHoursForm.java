package org.bridgework.timecredits.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;

import java.time.LocalDate;
import java.util.Map;

/**
 * Staff log hours a volunteer gave. Partners log for their own organisation (no choice shown);
 * officers choose the earn partner, or none for programme-run volunteering.
 */
class LogHoursForm extends FormLayout {

    final TextField volunteer = new TextField("Volunteer's card number or resident record number");
    final ComboBox<OrganisationDetails> organisation = new ComboBox<>("Earn partner");
    final TextField activity = new TextField("What they did");
    final DatePicker date = new DatePicker("Date", LocalDate.now());
    final IntegerField minutes = new IntegerField("Time given (minutes)");
    final TextField confirmedBy = new TextField("Confirmed by");
    final Button save = new Button("Log hours");

    LogHoursForm(HoursService hours, OrganisationService organisations, boolean chooseOrganisation, Runnable onSaved) {
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit())
                .stream().filter(OrganisationDetails::earnPartner));
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        organisation.setHelperText("Leave empty for volunteering the programme runs itself");
        organisation.setVisible(chooseOrganisation);
        minutes.setHelperText(hours.minutesPerCredit() + " minutes earn one credit; the rest is carried forward");
        minutes.setMin(1);
        minutes.setMax(1440);
        confirmedBy.setHelperText("For example the session leader's name");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                var logged = hours.log(new HoursForm(residentId(hours),
                        organisation.getValue() == null ? null : organisation.getValue().id(), activity.getValue(),
                        date.getValue(), minutes.getValue(), confirmedBy.getValue()));
                FieldErrors.done("Hours logged: " + logged.creditsIssued() + " credits issued.");
                activity.clear();
                minutes.clear();
                onSaved.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("resident", volunteer, "organisation", organisation, "activity", activity,
                        "date", date, "minutes", minutes, "confirmedBy", confirmedBy));
            }
        });
        volunteer.setHelperText("The number on their Time Credits card, for example TC-ABCD-EFGH-JKLM");
        add(volunteer, organisation, activity, date, minutes, confirmedBy, save);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    private Long residentId(HoursService hours) {
        String typed = volunteer.getValue() == null ? "" : volunteer.getValue().trim();
        if (typed.matches("\\d{1,18}")) {
            return Long.parseLong(typed);
        }
        if (typed.isEmpty()) {
            return null;
        }
        return hours.volunteerWithCard(typed).orElseThrow(() ->
                InvalidInputException.of("resident", "No Time Credits member has that card number."));
    }
}
