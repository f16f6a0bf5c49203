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

    final ComboBox<ResidentSummary> duplicate = new ComboBox<>(getTranslation("residents.merge.duplicate"));
    final TextArea reason = new TextArea(getTranslation("residents.merge.reason"));

    MergeDialog(ResidentService residents, ResidentMergeService merges, ResidentForm survivor, Runnable onDone) {
        setHeaderTitle(getTranslation("residents.merge.heading", survivor.legalGivenName() + " " + survivor.legalFamilyName()));
        duplicate.setItems(q -> residents.search(new ResidentFilter(q.getFilter().orElse(""), null, null, null),
                q.getOffset(), q.getLimit()).stream().filter(r -> r.id() != survivor.id()));
        duplicate.setItemLabelGenerator(r -> ResidentTexts.describe(this, r));
        duplicate.setWidthFull();
        duplicate.setHelperText(getTranslation("residents.merge.duplicate-help"));
        reason.setWidthFull();
        reason.setHelperText(getTranslation("residents.merge.reason-help"));
        var layout = new VerticalLayout(new Paragraph(getTranslation("residents.merge.explanation")));
        var likely = residents.findLikelyDuplicates(survivor);
        if (!likely.isEmpty()) {
            layout.add(new Paragraph(getTranslation("residents.merge.likely")));
            likely.forEach(d -> layout.add(new Button(getTranslation("residents.merge.likely-item", d.resident().displayName(),
                    String.join(", ", d.reasons())),
                    e -> duplicate.setValue(d.resident()))));
        }
        layout.add(duplicate, reason);
        layout.setPadding(false);
        add(layout);
        var merge = new Button(getTranslation("residents.merge.merge"), e -> {
            duplicate.setInvalid(false);
            reason.setInvalid(false);
            if (duplicate.getValue() == null) {
                duplicate.setErrorMessage(getTranslation("residents.merge.choose-duplicate"));
                duplicate.setInvalid(true);
                return;
            }
            try {
                merges.mergeResidents(survivor.id(), duplicate.getValue().id(), reason.getValue());
                Notification.show(getTranslation("residents.merge.done"));
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
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), merge);
        setWidth("min(40rem, 95vw)");
    }
}
