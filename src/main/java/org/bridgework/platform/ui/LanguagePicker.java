package org.bridgework.platform.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import org.bridgework.platform.MessageBundles;

import java.util.Locale;

/** English / বাংলা. Each language is named in itself, so a reader finds theirs whatever the page is in now. */
public class LanguagePicker extends Select<Locale> {

    public LanguagePicker(LanguageChoice choice) {
        addClassName("language-picker");
        setItems(MessageBundles.LANGUAGES);
        setItemLabelGenerator(locale -> getTranslation("platform.language." + locale.getLanguage()));
        setValue(MessageBundles.provided(getLocale()));
        setAriaLabel(getTranslation("platform.language.label"));
        setPrefixComponent(VaadinIcon.GLOBE.create());
        addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(e.getOldValue())) {
                choice.change(e.getValue());
            }
        });
    }
}
