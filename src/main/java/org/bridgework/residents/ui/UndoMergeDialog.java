package org.bridgework.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentMergeService;

class UndoMergeDialog extends Dialog {

    final TextArea reason = new TextArea("Why is the merge being undone?");

    UndoMergeDialog(ResidentMergeService merges, long duplicateId, Runnable onDone) {
        setHeaderTitle("Undo this merge");
        reason.setWidthFull();
        reason.setHelperText("For example: they are twins, not one person. This goes in the audit trail.");
        add(reason);
        var undo = new Button("Undo merge", e -> {
            try {
                merges.undoMerge(duplicateId, reason.getValue());
                Notification.show("The merge has been undone: this is a separate record again.");
                close();
                onDone.run();
            } catch (InvalidInputException invalid) {
                reason.setErrorMessage(String.join(" ", invalid.fieldErrors().values()));
                reason.setInvalid(true);
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), undo);
    }
}
