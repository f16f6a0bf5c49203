package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.bridgework.platform.InvalidInputException;

import java.util.Map;
import java.util.function.Consumer;

/** Asks why before a step that must record a reason (a status change, an ending). */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea(getTranslation("families.reason.reason"));

    ReasonDialog(String title, String confirmLabel, Consumer<String> action, Runnable after) {
        setHeaderTitle(title);
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setHelperText(getTranslation("families.reason.thisIsRecordedWithYour"));
        add(reason);
        var confirm = new Button(confirmLabel, e -> {
            try {
                action.accept(reason.getValue());
                close();
                after.run();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("families.reason.cancel"), e -> close()), confirm);
    }
}
