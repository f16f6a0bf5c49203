package org.bridgework.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentMergeService;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;

/** Merges another record for the same person into this one; likely duplicates are offered first. */
class MergeDialog extends Dialog {

    final ComboBox<ResidentSummary> duplicate = new ComboBox<>("Duplicate record to merge into this one");
    final TextArea reason = new TextArea("Why are these the same person?");

    MergeDialog(ResidentService residents, ResidentMergeService merges, ResidentForm survivor, Runnable onDone) {
        setHeaderTitle("Merge a duplicate into " + survivor.legalGivenName() + " " + survivor.legalFamilyName());
        duplicate.setItems(q -> residents.search(new ResidentFilter(q.getFilter().orElse(""), null, null, null),
                q.getOffset(), q.getLimit()).stream().filter(r -> r.id() != survivor.id()));
        duplicate.setItemLabelGenerator(r -> r.displayName() + ", born " + Dates.shortDate(r.dateOfBirth())
                + (r.postcode() == null ? "" : ", " + r.postcode()) + " (record " + r.id() + ")");
        duplicate.setWidthFull();
        duplicate.setHelperText("Type a name to search");
        reason.setWidthFull();
        reason.setHelperText("For example: same date of birth and address, registered twice. This goes in the audit trail.");
        var layout = new VerticalLayout(new Paragraph("This record is kept. The duplicate's household and its history "
                + "in every programme move here; its details fill any gaps. You can undo a merge for 30 days."));
        var likely = residents.findLikelyDuplicates(survivor);
        if (!likely.isEmpty()) {
            layout.add(new Paragraph("Records that look like the same person:"));
            likely.forEach(d -> layout.add(new Button(d.resident().displayName() + " (" + String.join(", ", d.reasons()) + ")",
                    e -> duplicate.setValue(d.resident()))));
        }
        layout.add(duplicate, reason);
        layout.setPadding(false);
        add(layout);
        var merge = new Button("Merge", e -> {
            duplicate.setInvalid(false);
            reason.setInvalid(false);
            if (duplicate.getValue() == null) {
                duplicate.setErrorMessage("Choose the duplicate record.");
                duplicate.setInvalid(true);
                return;
            }
            try {
                merges.mergeResidents(survivor.id(), duplicate.getValue().id(), reason.getValue());
                Notification.show("Merged. The duplicate record now points here.");
                close();
                onDone.run();
            } catch (InvalidInputException invalid) {
                invalid.fieldErrors().forEach((field, message) -> {
                    var target = "reason".equals(field) ? reason : duplicate;
                    if (target == reason) {
                        reason.setErrorMessage(message);
                        reason.setInvalid(true);
                    } else {
                        duplicate.setErrorMessage(message);
                        duplicate.setInvalid(true);
                    }
                });
            }
        });
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), merge);
        setWidth("min(40rem, 95vw)");
    }
}
