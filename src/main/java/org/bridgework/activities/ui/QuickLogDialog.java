package org.bridgework.activities.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.activities.QuickLog;
import org.bridgework.activities.QuickLogService;
import org.bridgework.activities.StrategyItem;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;

import java.time.LocalDate;
import java.util.Map;

/** "It happened, these people came": one dialog, few fields, Enter saves. */
class QuickLogDialog extends Dialog {

    static final String DEFAULT_ORGANISATION = I18NProvider.translate("activities.quickLog.cityOfLondonCorporationCommunity");

    final TextField title = new TextField(getTranslation("activities.quickLog.whatWasIt"));
    final ComboBox<StrategyItem> type = new ComboBox<>(getTranslation("activities.quickLog.type"));
    final DatePicker date = new DatePicker(getTranslation("activities.quickLog.date"));
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("activities.quickLog.ward"));
    final ComboBox<OrganisationDetails> organisation = new ComboBox<>(getTranslation("activities.quickLog.deliveredBy"));
    final MultiSelectComboBox<ResidentSummary> attendees = new MultiSelectComboBox<>(getTranslation("activities.quickLog.whoCameTypeAName"));

    QuickLogDialog(QuickLogService quickLog, StrategyService strategy, OrganisationService organisations,
                   WardDirectory wards, ResidentService residents, Runnable onSaved) {
        setHeaderTitle(getTranslation("activities.quickLog.logAnActivity"));
        type.setItems(strategy.list(StrategyKind.TYPE, true));
        type.setItemLabelGenerator(StrategyItem::name);
        date.setValue(LocalDate.now());
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        organisations.findByName(DEFAULT_ORGANISATION).ifPresent(organisation::setValue);
        attendees.setItems(q -> residents.search(new ResidentFilter(q.getFilter().orElse(""), null, null, null),
                q.getOffset(), q.getLimit()).stream());
        attendees.setItemLabelGenerator(r -> r.displayName() + (r.dateOfBirth() == null ? "" : getTranslation("activities.common.born", String.valueOf(r.dateOfBirth().getYear()))));
        var form = new FormLayout(title, type, date, ward, organisation, attendees);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(attendees, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("title", title, "type", type, "date", date, "organisation", organisation);
        var save = new Button(getTranslation("activities.quickLog.save"), e -> {
            try {
                quickLog.log(new QuickLog(title.getValue(), type.getValue() == null ? null : type.getValue().id(),
                        organisation.getValue() == null ? null : organisation.getValue().id(), date.getValue(),
                        ward.getValue() == null ? null : ward.getValue().code(),
                        attendees.getValue().stream().map(ResidentSummary::id).toList()));
                Notification.show(getTranslation("activities.quickLog.logged", attendees.getValue().size()));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(new Button(getTranslation("activities.quickLog.cancel"), e -> close()), save);
        title.focus();
    }
}
