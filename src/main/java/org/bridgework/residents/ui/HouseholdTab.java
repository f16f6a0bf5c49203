package org.bridgework.residents.ui;

import org.bridgework.platform.ui.GridRows;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.residents.HouseholdDetails;
import org.bridgework.residents.HouseholdRelationship;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentJourneyTab;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;

/** The resident's household on their page: who lives with them and how, and changing that. */
@org.springframework.stereotype.Component
class HouseholdTab implements ResidentJourneyTab {

    private final ResidentService residents;

    HouseholdTab(ResidentService residents) {
        this.residents = residents;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "residents.household.title";
    }

    @Override
    public boolean isVisibleTo(BridgeworkUser user) {
        return user.hasRole(Role.ADMIN, Role.MANAGER, Role.OFFICER, Role.FAMILY_WORKER);
    }

    @Override
    public com.vaadin.flow.component.Component create(long residentId) {
        return new HouseholdPanel(residents, residentId);
    }

    static class HouseholdPanel extends VerticalLayout {

        private final ResidentService residents;
        private final long residentId;
        final Grid<HouseholdDetails.Member> members = new Grid<>();
        final TextField householdName = new TextField(getTranslation("residents.household.name"));
        final ComboBox<HouseholdRelationship> relationship = new ComboBox<>(getTranslation("residents.household.relationship"));
        final ComboBox<ResidentSummary> person = new ComboBox<>(getTranslation("residents.household.person"));
        final ComboBox<HouseholdRelationship> personRelationship = new ComboBox<>(getTranslation("residents.household.person-relationship"));

        HouseholdPanel(ResidentService residents, long residentId) {
            this.residents = residents;
            this.residentId = residentId;
            setPadding(false);
            for (var box : new ComboBox[]{relationship, personRelationship}) {
                @SuppressWarnings("unchecked")
                ComboBox<HouseholdRelationship> b = box;
                b.setItems(HouseholdRelationship.values());
                b.setItemLabelGenerator(rel -> ResidentTexts.relationship(this, rel));
            }
            person.setItems(q -> residents.search(new ResidentFilter(q.getFilter().orElse(""), null, null, null),
                    q.getOffset(), q.getLimit()).stream());
            person.setItemLabelGenerator(r -> getTranslation("residents.pick.item", r.displayName(),
                    Dates.shortDate(r.dateOfBirth()), String.valueOf(r.id())));
            person.setHelperText(getTranslation("residents.household.person-help"));
            members.addComponentColumn(m -> new Anchor("residents/" + m.resident().id(), m.resident().displayName()))
                    .setHeader(getTranslation("residents.household.member-name")).setAutoWidth(true);
            members.addColumn(m -> ResidentTexts.relationship(this, m.relationship()))
                    .setHeader(getTranslation("residents.household.member-relationship"));
            members.addColumn(m -> Dates.shortDate(m.resident().dateOfBirth()))
                    .setHeader(getTranslation("residents.household.member-date-of-birth"));
            members.addComponentColumn(this::removeButton).setHeader("");
            GridRows.openOnActivate(members, m -> getUI().ifPresent(ui -> ui.navigate("residents/" + m.resident().id())));
            members.setAllRowsVisible(true);
            members.setAriaLabel(getTranslation("residents.household.members"));
            refresh();
        }

        private void refresh() {
            removeAll();
            var me = residents.summary(residentId).orElseThrow();
            if (me.householdId() == null) {
                add(new Paragraph(getTranslation("residents.household.none")));
                householdName.setValue(getTranslation("residents.household.default-name",
                        me.displayName().substring(me.displayName().lastIndexOf(' ') + 1)));
                var create = new Button(getTranslation("residents.household.create"), e -> createHousehold());
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(wrap(householdName, relationship, create));
                return;
            }
            var household = residents.household(me.householdId()).orElseThrow();
            add(new H3(household.name()));
            members.setItems(household.members());
            var addPerson = new Button(getTranslation("residents.household.add"), e -> addPerson(household.id()));
            add(members, wrap(person, personRelationship, addPerson));
        }

        private Component removeButton(HouseholdDetails.Member m) {
            var remove = new Button(getTranslation("residents.household.remove"), e -> {
                residents.removeFromHousehold(m.resident().id());
                Notification.show(getTranslation("residents.household.removed", m.resident().displayName()));
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("residents.household.remove-aria", m.resident().displayName()));
            return remove;
        }

        private void createHousehold() {
            try {
                relationship.setInvalid(false);
                householdName.setInvalid(false);
                if (relationship.getValue() == null) {
                    throw InvalidInputException.of("relationship", getTranslation("residents.household.choose-relationship"));
                }
                long id = residents.createHousehold(householdName.getValue());
                residents.addToHousehold(residentId, id, relationship.getValue());
                refresh();
            } catch (InvalidInputException invalid) {
                show(invalid, relationship, householdName);
            }
        }

        private void addPerson(long householdId) {
            try {
                person.setInvalid(false);
                personRelationship.setInvalid(false);
                if (person.getValue() == null) {
                    throw InvalidInputException.of("resident", getTranslation("residents.household.choose-person"));
                }
                residents.addToHousehold(person.getValue().id(), householdId, personRelationship.getValue());
                Notification.show(getTranslation("residents.household.added", person.getValue().displayName()));
                person.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                show(invalid, personRelationship, person);
            }
        }

        private static void show(InvalidInputException invalid, ComboBox<?> relationshipField,
                                 com.vaadin.flow.component.HasValidation otherField) {
            invalid.fieldErrors().forEach((key, message) -> {
                var field = "relationship".equals(key) ? relationshipField : otherField;
                field.setErrorMessage(message);
                field.setInvalid(true);
            });
        }

        private static FlexLayout wrap(com.vaadin.flow.component.Component... parts) {
            var row = new FlexLayout(parts);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.setAlignItems(Alignment.BASELINE);
            row.getStyle().set("gap", "var(--lumo-space-m)");
            return row;
        }
    }
}
