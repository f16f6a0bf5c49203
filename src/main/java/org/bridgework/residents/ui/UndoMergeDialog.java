package org.bridgework.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentMergeService;

class UndoMergeDialog extends Dialog {

    final TextArea reason = new TextArea(getTranslation("residents.undo-merge.reason"));

    UndoMergeDialog(ResidentMergeService merges, long duplicateId, Runnable onDone) {
        setHeaderTitle(getTranslation("residents.undo-merge.heading"));
        reason.setWidthFull();
        reason.setHelperText(getTranslation("residents.undo-merge.reason-help"));
        add(reason);
        var undo = new Button(getTranslation("residents.undo-merge.undo"), e -> {
            try {
                merges.undoMerge(duplicateId, reason.getValue());
                Notification.show(getTranslation("residents.undo-merge.done"));
                close();
                onDone.run();
            } catch (InvalidInputException invalid) {
                reason.setErrorMessage(String.join(" ", invalid.fieldErrors().values()));
                reason.setInvalid(true);
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), undo);
    }
}
