package org.bridgework.residents.ui;

import com.vaadin.flow.component.Component;
import org.bridgework.residents.HouseholdRelationship;
import org.bridgework.residents.ResidentSummary;

/** How a resident is named in pick lists, so the same person reads the same in every dialog. */
final class ResidentTexts {

    private ResidentTexts() {
    }

    /** "Name, born 5 Mar 1980, EC2Y 8DS (record 12)". */
    static String describe(Component in, ResidentSummary r) {
        return r.postcode() == null
                ? in.getTranslation("residents.pick.item", r.displayName(), Dates.shortDate(r.dateOfBirth()), String.valueOf(r.id()))
                : in.getTranslation("residents.pick.item-with-postcode", r.displayName(), Dates.shortDate(r.dateOfBirth()),
                r.postcode(), String.valueOf(r.id()));
    }

    static String relationship(Component in, HouseholdRelationship relationship) {
        return relationship == null ? "" : in.getTranslation("residents.relationship." + relationship.name());
    }
}
