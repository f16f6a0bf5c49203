package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.bridgework.timecredits.HoursRecord;

class HoursGrid extends Grid<HoursRecord> {

    HoursGrid(boolean showVolunteer) {
        addColumn(HoursRecord::date).setHeader("Date").setAutoWidth(true);
        if (showVolunteer) {
            addColumn(h -> "Resident " + h.residentId()).setHeader("Volunteer").setAutoWidth(true);
        }
        addColumn(HoursRecord::activity).setHeader("Activity").setFlexGrow(1);
        addColumn(h -> duration(h.minutes())).setHeader("Time").setAutoWidth(true);
        addColumn(h -> h.status().label()).setHeader("Status").setAutoWidth(true);
        addColumn(HoursRecord::creditsIssued).setHeader("Credits").setAutoWidth(true);
        addColumn(h -> h.note() == null ? "" : h.note()).setHeader("Note").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setHeight("20rem");
    }

    static String duration(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return (h > 0 ? h + " h " : "") + (m > 0 || h == 0 ? m + " min" : "").trim();
    }
}
