package org.bridgework.opportunities;

import org.bridgework.TestFixtures;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.SystemUser;

import java.time.LocalDate;

/** Residents with the date of birth and ward a matching or report test needs. */
final class People {

    private People() {
    }

    static ResidentSummary resident(ResidentService residents, LocalDate dateOfBirth, String wardCode) {
        return SystemUser.call(() -> residents.create(new ResidentForm(null, 0, "Pat", TestFixtures.unique("Match"), null,
                dateOfBirth, null, null, "2 Mitre Square", null, "London", wardCode == null ? "E1 7AD" : "EC3A 7BA", wardCode,
                wardCode == null ? "Tower Hamlets" : null, null, "English", false, null, null, null, null)));
    }
}
