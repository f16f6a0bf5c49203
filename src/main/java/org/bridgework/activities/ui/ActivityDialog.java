package org.bridgework.activities.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.activities.ActivityForm;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.StrategyItem;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TargetGroup;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.BridgeworkUser;

import java.util.EnumSet;
import java.util.Map;

/** Creates or edits an activity. Partner staff can only choose their own organisation. */
class ActivityDialog extends Dialog {

    final TextField title = new TextField(getTranslation("activities.activity.nameOfTheActivity"));
    final ComboBox<StrategyItem> programme = new ComboBox<>(getTranslation("activities.activity.programme"));
    final ComboBox<StrategyItem> type = new ComboBox<>(getTranslation("activities.activity.typeOfActivity"));
    final ComboBox<OrganisationDetails> organisation = new ComboBox<>(getTranslation("activities.activity.deliveredBy"));
    final TextField venue = new TextField(getTranslation("activities.activity.venue"));
    final ComboBox<Ward> ward = new ComboBox<>(getTranslation("activities.activity.ward"));
    final MultiSelectComboBox<TargetGroup> groups = new MultiSelectComboBox<>(getTranslation("activities.activity.whoItIsFor"));
    final IntegerField capacity = new IntegerField(getTranslation("activities.activity.placesLeaveEmptyForNo"));
    final Checkbox volunteering = new Checkbox(getTranslation("activities.activity.countsAsVolunteeringEarnsTime"));
    final Checkbox dropIn = new Checkbox(getTranslation("activities.activity.dropInNoBookingCount"));
    final TextArea description = new TextArea(getTranslation("activities.activity.description"));

    ActivityDialog(ActivityService activities, StrategyService strategy, OrganisationService organisations,
                   WardDirectory wards, BridgeworkUser user, ActivityForm existing, Runnable onSaved) {
        setHeaderTitle(existing.id() == null ? getTranslation("activities.activity.newActivity") : getTranslation("activities.activity.editTitle", existing.title()));
        var programmes = strategy.list(StrategyKind.PROGRAMME, true);
        var types = strategy.list(StrategyKind.TYPE, true);
        programme.setItems(programmes);
        programme.setItemLabelGenerator(StrategyItem::name);
        type.setItems(types);
        type.setItemLabelGenerator(StrategyItem::name);
        organisation.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit()).stream());
        organisation.setItemLabelGenerator(OrganisationDetails::name);
        ward.setItems(wards.all());
        ward.setItemLabelGenerator(Ward::name);
        groups.setItems(TargetGroup.values());
        groups.setItemLabelGenerator(Texts::label);
        capacity.setMin(1);
        title.setRequired(true);
        programme.setRequired(true);
        type.setRequired(true);
        organisation.setRequired(true);

        title.setValue(existing.title() == null ? "" : existing.title());
        programmes.stream().filter(p -> p.id().equals(existing.programmeId())).findFirst().ifPresent(programme::setValue);
        types.stream().filter(t -> t.id().equals(existing.typeId())).findFirst().ifPresent(type::setValue);
        Long org = existing.deliveringOrgId() != null ? existing.deliveringOrgId() : user.organisationId().orElse(null);
        if (org != null) {
            organisations.find(org).ifPresent(organisation::setValue);
        }
        organisation.setReadOnly(user.isPartner());
        venue.setValue(existing.venue() == null ? "" : existing.venue());
        if (existing.wardCode() != null) {
            wards.byCode(existing.wardCode()).ifPresent(ward::setValue);
        }
        groups.setValue(existing.targetGroups() == null || existing.targetGroups().isEmpty() ? EnumSet.noneOf(TargetGroup.class)
                : EnumSet.copyOf(existing.targetGroups()));
        capacity.setValue(existing.capacity());
        volunteering.setValue(existing.countsAsVolunteering());
        dropIn.setValue(existing.dropIn());
        description.setValue(existing.description() == null ? "" : existing.description());

        var form = new FormLayout(title, programme, type, organisation, venue, ward, groups, capacity, volunteering, dropIn, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(description, 2);
        add(form);

        Map<String, HasValidation> fields = Map.of("title", title, "programme", programme, "type", type,
                "organisation", organisation, "capacity", capacity);
        var save = new Button(getTranslation("activities.activity.save"), e -> {
            try {
                activities.save(new ActivityForm(existing.id(), existing.version(), title.getValue(),
                        programme.getValue() == null ? null : programme.getValue().id(),
                        type.getValue() == null ? null : type.getValue().id(),
                        organisation.getValue() == null ? null : organisation.getValue().id(), venue.getValue(),
                        ward.getValue() == null ? null : ward.getValue().code(), groups.getValue(), capacity.getValue(),
                        volunteering.getValue(), dropIn.getValue(), description.getValue()));
                Notification.show(getTranslation("activities.activity.activitySaved"));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, fields);
            } catch (ConcurrentEditException conflict) {
                Notification.show(conflict.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("activities.activity.cancel"), e -> close()), save);
    }
}
