package org.bridgework.platform.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Calendar;

/**
 * A date picker in the reader's language: month and day names from the locale, the week starting on Monday.
 * Dates are typed the UK way, day/month/year, in every language, so the help text beside a field stays true.
 */
public final class LocalDatePickers {

    private LocalDatePickers() {
    }

    public static DatePicker localise(DatePicker picker) {
        var locale = LocalFormats.current();
        var symbols = DateFormatSymbols.getInstance(locale);
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(Calendar.SUNDAY, Calendar.SATURDAY + 1))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(Calendar.SUNDAY, Calendar.SATURDAY + 1))
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy")
                .setToday(picker.getTranslation("platform.date-picker.today"))
                .setCancel(picker.getTranslation("platform.date-picker.cancel")));
        return picker;
    }
}
