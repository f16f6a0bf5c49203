package org.bridgework.timecredits.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.grid.GridVariant;
import org.bridgework.timecredits.HoursRecord;

class HoursGrid extends Grid<HoursRecord> {

    HoursGrid(boolean showVolunteer) {
        addColumn(h -> Texts.date(h.date())).setHeader(getTranslation("timecredits.hoursGrid.date")).setAutoWidth(true);
        if (showVolunteer) {
            addColumn(h -> getTranslation("timecredits.hoursGrid.resident", String.valueOf(h.residentId()))).setHeader(getTranslation("timecredits.hoursGrid.volunteer")).setAutoWidth(true);
        }
        addColumn(HoursRecord::activity).setHeader(getTranslation("timecredits.hoursGrid.activity")).setFlexGrow(1);
        addColumn(h -> duration(h.minutes())).setHeader(getTranslation("timecredits.hoursGrid.time")).setAutoWidth(true);
        addColumn(h -> Texts.label(h.status())).setHeader(getTranslation("timecredits.hoursGrid.status")).setAutoWidth(true);
        addColumn(HoursRecord::creditsIssued).setHeader(getTranslation("timecredits.hoursGrid.credits")).setAutoWidth(true);
        addColumn(h -> h.note() == null ? "" : h.note()).setHeader(getTranslation("timecredits.hoursGrid.note")).setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setHeight("20rem");
    }

    static String duration(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return I18NProvider.translate("timecredits.duration.minutes", m);
        }
        return m == 0 ? I18NProvider.translate("timecredits.duration.hours", h)
                : I18NProvider.translate("timecredits.duration.hoursAndMinutes", h, m);
    }
}
