package org.bridgework.opportunities;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import org.bridgework.platform.FieldErrors;
import org.bridgework.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.Map;

/** On the journey tab: an officer records what a resident is interested in, and their employment at a checkpoint. */
class ProgressionForm extends FormLayout {

    final ComboBox<Sector> sector = new ComboBox<>(getTranslation("opportunities.progression.interestedInSector"));
    final ComboBox<OpportunityType> kind = new ComboBox<>(getTranslation("opportunities.progression.interestedInKind"));
    final Checkbox careLeaver = new Checkbox(getTranslation("opportunities.progression.careLeaver"));
    final Button addInterest = new Button(getTranslation("opportunities.progression.recordInterest"));
    final ComboBox<Checkpoint> checkpoint = new ComboBox<>(getTranslation("opportunities.progression.when"));
    final ComboBox<EmploymentStatus> status = new ComboBox<>(getTranslation("opportunities.progression.employmentStatus"));
    final ComboBox<PayBand> payBand = new ComboBox<>(getTranslation("opportunities.progression.hourlyPay"));
    final Checkbox paidLivingWage = new Checkbox(getTranslation("opportunities.progression.paidTheLondonLivingWage"));
    final DatePicker recordedOn = new DatePicker(getTranslation("opportunities.progression.date"));
    final Button addProgression = new Button(getTranslation("opportunities.progression.recordEmployment"));

    ProgressionForm(long residentId, MatchingService matching, ProgressionService progression, Runnable saved) {
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(Texts::label);
        sector.setClearButtonVisible(true);
        kind.setItems(OpportunityType.values());
        kind.setItemLabelGenerator(Texts::label);
        kind.setClearButtonVisible(true);
        checkpoint.setItems(Checkpoint.values());
        checkpoint.setItemLabelGenerator(Texts::label);
        status.setItems(EmploymentStatus.values());
        status.setItemLabelGenerator(Texts::label);
        payBand.setItems(PayBand.values());
        payBand.setItemLabelGenerator(Texts::label);
        recordedOn.setValue(LocalDate.now());
        addInterest.addClickListener(e -> attempt(Map.of("sector", sector), () ->
                matching.recordInterest(residentId, sector.getValue(), kind.getValue(), careLeaver.getValue()), saved));
        addProgression.addClickListener(e -> attempt(Map.of("checkpoint", checkpoint, "status", status, "payBand", payBand,
                        "recordedOn", recordedOn), () -> progression.record(new Progression(null, residentId, null,
                        checkpoint.getValue(), status.getValue(), payBand.getValue(), paidLivingWage.getValue(), recordedOn.getValue())),
                saved));
        add(sector, kind, careLeaver, addInterest, checkpoint, status, payBand, paidLivingWage, recordedOn, addProgression);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("50em", 4));
    }

    private static void attempt(Map<String, HasValidation> fields, Runnable action, Runnable saved) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            Notification.show(I18NProvider.translate("opportunities.progression.saved"));
            saved.run();
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, fields);
        }
    }
}
