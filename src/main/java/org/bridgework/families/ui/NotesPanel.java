package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.bridgework.families.CaseNote;
import org.bridgework.families.CaseNoteService;
import org.bridgework.families.NoteType;
import org.bridgework.platform.InvalidInputException;

import java.util.Map;

/** Notes with their amendments. There is no edit: a correction is added as an amendment. */
class NotesPanel extends VerticalLayout {

    private final CaseNoteService notes;
    private final long caseId;
    private final VerticalLayout list = new VerticalLayout();
    final TextArea body = new TextArea(getTranslation("families.notes.note"));

    NotesPanel(CaseNoteService notes, long caseId, boolean partner) {
        this.notes = notes;
        this.caseId = caseId;
        var type = new Select<NoteType>();
        type.setLabel(getTranslation("families.notes.kindOfNote"));
        type.setItems(NoteType.values());
        type.setItemLabelGenerator(Texts::label);
        type.setValue(NoteType.VISIT);
        var date = new DatePicker(getTranslation("families.notes.date"), Formats.today());
        date.setMax(Formats.today());
        var restricted = new Checkbox(getTranslation("families.notes.restrictedOnlyTheLeadWorker"));
        restricted.setVisible(!partner);
        body.setMaxLength(20_000);
        var add = new Button(getTranslation("families.notes.addNote"), e -> {
            try {
                notes.add(caseId, type.getValue(), date.getValue(), body.getValue(), restricted.getValue());
                body.clear();
                restricted.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("type", type, "occurredOn", date, "body", body));
            }
        });
        var form = new FormLayout(type, date, body, restricted, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(body, 2);
        add(new H3(getTranslation("families.notes.addANote")), form, new H3(getTranslation("families.notes.notes")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var all = notes.notes(caseId);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("families.notes.noNotesYet")));
        }
        all.forEach(n -> list.add(note(n)));
    }

    private Div note(CaseNote n) {
        var head = new Span(Formats.date(n.occurredOn()) + " · " + Texts.label(n.type()) + " · " + n.author()
                + (n.restricted() ? getTranslation("families.notes.restricted") : ""));
        head.getStyle().set("font-weight", "600");
        var box = new Div(head, new Paragraph(n.body()));
        for (var a : n.amendments()) {
            var p = new Paragraph(getTranslation("families.notes.amendment", Formats.when(a.createdAt()), a.author(), a.body()));
            p.getStyle().set("margin-left", "var(--lumo-space-l)").set("font-style", "italic");
            box.add(p);
        }
        var correction = new TextArea(getTranslation("families.notes.correction"));
        correction.setVisible(false);
        var save = new Button(getTranslation("families.notes.saveAmendment"));
        save.setVisible(false);
        var amend = new Button(getTranslation("families.notes.amend"), e -> {
            correction.setVisible(true);
            save.setVisible(true);
        });
        amend.setAriaLabel(getTranslation("families.notes.amendAria", Formats.date(n.occurredOn())));
        save.addClickListener(e -> {
            try {
                notes.amend(n.id(), correction.getValue());
                refresh();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("body", correction));
            }
        });
        box.add(amend, correction, save);
        box.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0");
        box.setWidthFull();
        return box;
    }
}
