package org.bridgework.activities.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.bridgework.activities.Mark;
import org.bridgework.activities.RegisterMark;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One person on the register: three large toggle buttons, one tap each; a child can be marked as with a parent. */
class RegisterRow extends FlexLayout {

    final long residentId;
    final String name;
    private final Map<Mark, Button> buttons = new EnumMap<>(Mark.class);
    final ComboBox<Person> cameWith = new ComboBox<>(getTranslation("activities.registerRow.cameWith"));
    private Mark mark;

    record Person(long id, String name) {
    }

    RegisterRow(long residentId, String name, String note, Mark mark, boolean child) {
        this.residentId = residentId;
        this.name = name;
        addClassName("register-row");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("gap", "var(--lumo-space-s)");
        var label = new Span(name + (note == null ? "" : " " + note));
        label.getStyle().set("min-width", "12em").set("flex", "1 1 12em");
        add(label);
        for (Mark m : Mark.values()) {
            var b = new Button(Texts.label(m), e -> setMark(m));
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            b.setAriaLabel(Texts.label(m) + ": " + name);
            buttons.put(m, b);
            add(b);
        }
        cameWith.setItemLabelGenerator(Person::name);
        cameWith.setClearButtonVisible(true);
        cameWith.setVisible(child);
        add(cameWith);
        setMark(mark);
    }

    void setMark(Mark m) {
        this.mark = m;
        buttons.forEach((k, b) -> {
            boolean on = k == m;
            b.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                b.addThemeVariants(k == Mark.ABSENT ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            }
        });
    }

    Mark mark() {
        return mark;
    }

    void offerCompanions(List<Person> people, Long current) {
        cameWith.setItems(people.stream().filter(p -> p.id() != residentId).toList());
        people.stream().filter(p -> current != null && p.id() == current).findFirst().ifPresent(cameWith::setValue);
    }

    RegisterMark toMark() {
        return new RegisterMark(residentId, mark, cameWith.getValue() == null ? null : cameWith.getValue().id());
    }
}
