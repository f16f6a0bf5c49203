package org.bridgework.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.privacy.Disability;
import org.bridgework.privacy.EqualityAnswer;
import org.bridgework.privacy.EqualityAnswers;
import org.bridgework.privacy.EqualityField;
import org.bridgework.privacy.EqualityMonitoringService;
import org.bridgework.privacy.Ethnicity;
import org.bridgework.privacy.GenderSameAsBirth;
import org.bridgework.privacy.Religion;
import org.bridgework.privacy.Sex;
import org.bridgework.privacy.SexualOrientation;

/**
 * The answers load only when asked for: opening the resident page is not a reason to read special
 * category data, and every reading is audited.
 */
class EqualityPanel extends VerticalLayout {

    private final EqualityMonitoringService equality;
    private final long residentId;
    final ComboBox<Ethnicity> ethnicity = field(EqualityField.ETHNICITY, Ethnicity.values());
    final ComboBox<Disability> disability = field(EqualityField.DISABILITY, Disability.values());
    final ComboBox<Sex> sex = field(EqualityField.SEX, Sex.values());
    final ComboBox<GenderSameAsBirth> genderSameAsBirth = field(EqualityField.GENDER_SAME_AS_BIRTH, GenderSameAsBirth.values());
    final ComboBox<SexualOrientation> sexualOrientation = field(EqualityField.SEXUAL_ORIENTATION, SexualOrientation.values());
    final ComboBox<Religion> religion = field(EqualityField.RELIGION, Religion.values());
    final Button show = new Button(getTranslation("privacy.equality.show"), e -> load());
    final Button save = new Button(getTranslation("privacy.equality.save"), e -> save());
    private final FormLayout form = new FormLayout(ethnicity, disability, sex, genderSameAsBirth, sexualOrientation, religion);
    private long version;

    EqualityPanel(EqualityMonitoringService equality, long residentId) {
        this.equality = equality;
        this.residentId = residentId;
        setPadding(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(false);
        add(new Paragraph(getTranslation("privacy.equality.explanation")), show, form, save);
    }

    private <T extends Enum<T> & EqualityAnswer> ComboBox<T> field(EqualityField f, T[] values) {
        var box = new ComboBox<T>(getTranslation("privacy.field." + f.name()));
        box.setItems(values);
        box.setItemLabelGenerator(a -> getTranslation("privacy.answer." + a.getDeclaringClass().getSimpleName() + "." + a.name()));
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("privacy.equality.not-answered"));
        return box;
    }

    void load() {
        var a = equality.find(residentId).orElse(EqualityAnswers.none());
        version = a.version();
        ethnicity.setValue(a.ethnicity());
        disability.setValue(a.disability());
        sex.setValue(a.sex());
        genderSameAsBirth.setValue(a.genderSameAsBirth());
        sexualOrientation.setValue(a.sexualOrientation());
        religion.setValue(a.religion());
        show.setVisible(false);
        form.setVisible(true);
        save.setVisible(true);
    }

    private void save() {
        try {
            var saved = equality.save(residentId, new EqualityAnswers(version, ethnicity.getValue(), disability.getValue(),
                    sex.getValue(), genderSameAsBirth.getValue(), sexualOrientation.getValue(), religion.getValue()));
            version = saved.version();
            Notification.show(getTranslation("privacy.equality.saved"));
        } catch (ConcurrentEditException e) {
            Notification.show(getTranslation("privacy.equality.edited-meanwhile", e.getMessage()), 8000, Notification.Position.MIDDLE);
            load();
        }
    }
}
