package org.bridgework.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.FieldChange;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.WardDirectory;
import org.bridgework.residents.LikelyDuplicate;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Access;

import java.util.List;

/**
 * Adding and changing a resident. A new person is first checked against likely duplicates; an edit that
 * crosses someone else's is refused with what they changed, keeping what this officer typed.
 */
@Route("residents/new")
@RouteAlias("residents/:id([0-9]+)/edit")
@RolesAllowed({Access.ADMIN, Access.MANAGER, Access.OFFICER, Access.FAMILY_WORKER})
class ResidentEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentService residents;
    final ResidentFields fields;
    final H1 title = new H1(getTranslation("residents.editor.add-heading"));
    final Div duplicates = new Div();
    final Div conflict = new Div();
    final Button save = new Button(getTranslation("common.save"));
    private boolean creating = true;
    private boolean duplicatesReviewed;

    ResidentEditorView(ResidentService residents, WardDirectory wards) {
        this.residents = residents;
        this.fields = new ResidentFields(wards.all());
        setMaxWidth("60rem");
        duplicates.setVisible(false);
        duplicates.addClassName("likely-duplicates");
        conflict.setVisible(false);
        conflict.addClassName("edit-conflict");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var cancel = new Button(getTranslation("common.cancel"), e -> leave());
        add(title, conflict, fields, duplicates, new HorizontalLayout(save, cancel));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residents.editor.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            creating = true;
            fields.read(ResidentForm.blank());
            return;
        }
        var form = residents.open(id.get());
        if (form.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        creating = false;
        title.setText(getTranslation("residents.editor.change-heading", form.get().legalGivenName() + " " + form.get().legalFamilyName()));
        fields.read(form.get());
    }

    void save() {
        fields.clearErrors();
        var form = fields.write();
        try {
            if (creating && !duplicatesReviewed) {
                var likely = residents.findLikelyDuplicates(form);
                if (!likely.isEmpty()) {
                    showDuplicates(likely);
                    return;
                }
            }
            var saved = creating ? residents.create(form) : residents.update(form);
            Notification.show(getTranslation("residents.editor.saved", saved.displayName()));
            getUI().ifPresent(ui -> ui.navigate("residents/" + saved.id()));
        } catch (InvalidInputException invalid) {
            fields.showErrors(invalid.fieldErrors()).forEach(Notification::show);
        } catch (ConcurrentEditException edited) {
            showConflict(form, edited);
        }
    }

    private void showDuplicates(List<LikelyDuplicate> likely) {
        duplicates.removeAll();
        duplicates.add(new H2(getTranslation("residents.editor.duplicates-heading")),
                new Paragraph(getTranslation("residents.editor.duplicates-explanation")));
        for (var d : likely) {
            var r = d.resident();
            var line = new HorizontalLayout(new Span(r.postcode() == null
                    ? getTranslation("residents.editor.duplicate", r.displayName(), Dates.shortDate(r.dateOfBirth()),
                    String.join(", ", d.reasons()))
                    : getTranslation("residents.editor.duplicate-with-postcode", r.displayName(), Dates.shortDate(r.dateOfBirth()),
                    r.postcode(), String.join(", ", d.reasons()))));
            var open = new Button(getTranslation("residents.editor.open"), e -> getUI().ifPresent(ui -> ui.navigate("residents/" + r.id())));
            open.setAriaLabel(getTranslation("residents.editor.open-aria", r.displayName()));
            line.add(open);
            line.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            duplicates.add(line);
        }
        var createAnyway = new Button(getTranslation("residents.editor.create-anyway"), e -> {
            duplicatesReviewed = true;
            duplicates.setVisible(false);
            save();
        });
        createAnyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        duplicates.add(createAnyway);
        duplicates.setVisible(true);
    }

    /** Their saved values beside this officer's, so nothing is overwritten unseen; what the officer typed stays. */
    private void showConflict(ResidentForm mine, ConcurrentEditException edited) {
        conflict.removeAll();
        conflict.add(new H2(getTranslation("residents.editor.conflict-heading")),
                new Paragraph(edited.getMessage()));
        for (FieldChange c : edited.theirChanges()) {
            conflict.add(new Paragraph(getTranslation("residents.editor.conflict-field", c.field(), c.before(), c.after())));
        }
        var current = residents.open(mine.id());
        var keepMine = new Button(getTranslation("residents.editor.keep-mine"), e -> {
            current.ifPresent(saved -> fields.rebaseOn(saved.version()));
            conflict.setVisible(false);
            save();
        });
        var takeTheirs = new Button(getTranslation("residents.editor.take-theirs"), e -> {
            residents.open(mine.id()).ifPresent(fields::read);
            conflict.setVisible(false);
        });
        conflict.add(new HorizontalLayout(keepMine, takeTheirs));
        conflict.setVisible(true);
    }

    private void leave() {
        getUI().ifPresent(ui -> ui.navigate(creating ? "residents" : "residents/" + fields.write().id()));
    }
}
