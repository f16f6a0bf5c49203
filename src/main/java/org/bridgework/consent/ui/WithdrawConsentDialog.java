package org.bridgework.consent.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import org.bridgework.consent.ConsentDetails;
import org.bridgework.consent.ConsentService;
import org.bridgework.consent.RecordedHow;
import org.bridgework.platform.FieldErrors;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.platform.ui.LocalDatePickers;

import java.time.LocalDate;

class WithdrawConsentDialog extends Dialog {

    final DatePicker withdrawnOn = new DatePicker(getTranslation("consent.withdraw.withdrawn-on"));
    final ComboBox<RecordedHow> withdrawnHow = new ComboBox<>(getTranslation("consent.withdraw.how"));
    final Button save;

    WithdrawConsentDialog(ConsentService consents, ConsentDetails consent, Runnable onSaved) {
        setHeaderTitle(getTranslation("consent.withdraw.heading", ConsentTexts.purpose(this, consent.purpose())));
        LocalDatePickers.localise(withdrawnOn);
        withdrawnOn.setValue(LocalDate.now());
        withdrawnOn.setMax(LocalDate.now());
        withdrawnOn.setRequired(true);
        withdrawnHow.setItems(RecordedHow.values());
        withdrawnHow.setItemLabelGenerator(h -> ConsentTexts.how(this, h));
        withdrawnHow.setRequired(true);
        add(new Paragraph(getTranslation("consent.withdraw.explanation")),
                new FormLayout(withdrawnOn, withdrawnHow));
        save = new Button(getTranslation("consent.withdraw.save"), e -> {
            withdrawnOn.setInvalid(false);
            withdrawnHow.setInvalid(false);
            try {
                consents.withdraw(consent.id(), withdrawnOn.getValue(), withdrawnHow.getValue());
                Notification.show(getTranslation("consent.withdraw.done"));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, java.util.Map.of("withdrawnOn", withdrawnOn, "withdrawnHow", withdrawnHow));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
