package org.bridgework.opportunities;

import org.bridgework.residents.ResidentSummary;

import java.time.LocalDate;
import java.time.Period;

/** Whether one resident may take up one opportunity, from what the resident record and their interests say. */
final class Eligibility {

    private Eligibility() {
    }

    static Integer ageOn(ResidentSummary resident, LocalDate day) {
        return resident.dateOfBirth() == null ? null : Period.between(resident.dateOfBirth(), day).getYears();
    }

    static boolean eligible(Opportunity o, ResidentSummary resident, boolean careLeaver, LocalDate today) {
        Integer age = ageOn(resident, o.startDate() != null && o.startDate().isAfter(today) ? o.startDate() : today);
        if ((o.minAge() != null || o.maxAge() != null) && age == null) {
            return false;
        }
        if (o.minAge() != null && age < o.minAge()) {
            return false;
        }
        if (o.maxAge() != null && age > o.maxAge()) {
            return false;
        }
        if (o.careLeaversOnly() && !careLeaver) {
            return false;
        }
        return !o.cityResidentsOnly() || resident.wardCode() != null;
    }
}
