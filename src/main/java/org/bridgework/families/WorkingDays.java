package org.bridgework.families;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday. Bank holidays are not counted out: a first contact due on one is simply a day early. */
final class WorkingDays {

    private WorkingDays() {
    }

    static LocalDate after(LocalDate start, int workingDays) {
        LocalDate d = start;
        int left = workingDays;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
