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

    final TextField volunteer = new TextField(getTranslation("timecredits.logHours.volunteersCardNumberOrResident"));
    final ComboBox<OrganisationDetails> organisation = new ComboBox<>(getTranslation("timecredits.logHours.earnPartner"));
    final TextField activity = new TextField(getTranslation("timecredits.logHours.whatTheyDid"));
    final DatePicker date = new DatePicker(getTranslation("timecredits.logHours.date"), LocalDate.now());
    final IntegerField minutes = new IntegerField(getTranslation("timecredits.logHours.timeGivenMinutes"));
    final TextField confirmedBy = new TextField(getTranslation("timecredits.logHours.confirmedBy"));
    final Button save = new Button(getTranslation("timecredits.logHours.logHours"));

    LogHoursForm(HoursService hours, OrganisationService organisations, boolean chooseOrganisation, Runnable onSaved) {
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit())
                .stream().filter(OrganisationDetails::earnPartner));
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        organisation.setHelperText(getTranslation("timecredits.logHours.leaveEmptyForVolunteeringThe"));
        organisation.setVisible(chooseOrganisation);
        minutes.setHelperText(getTranslation("timecredits.logHours.minutesPerCredit", hours.minutesPerCredit()));
        minutes.setMin(1);
        minutes.setMax(1440);
        confirmedBy.setHelperText(getTranslation("timecredits.logHours.forExampleTheSessionLeaders"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                var logged = hours.log(new HoursForm(residentId(hours),
                        organisation.getValue() == null ? null : organisation.getValue().id(), activity.getValue(),
                        date.getValue(), minutes.getValue(), confirmedBy.getValue()));
                FieldErrors.done(getTranslation("timecredits.logHours.logged", logged.creditsIssued()));
                activity.clear();
                minutes.clear();
                onSaved.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("resident", volunteer, "organisation", organisation, "activity", activity,
                        "date", date, "minutes", minutes, "confirmedBy", confirmedBy));
            }
        });
        volunteer.setHelperText(getTranslation("timecredits.logHours.theNumberOnTheirTime"));
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
                InvalidInputException.of("resident", getTranslation("timecredits.logHours.noTimeCreditsMemberHas")));
    }
}
