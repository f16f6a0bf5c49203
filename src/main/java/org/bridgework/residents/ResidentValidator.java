package org.bridgework.residents;

import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.WardDirectory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Every field of a resident's record, checked with a message the officer can act on. */
@Component
class ResidentValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{10,20}$");
    private static final Pattern LSOA = Pattern.compile("^E0[0-9]{7}$");

    private final WardDirectory wards;
    private final Clock clock;

    ResidentValidator(WardDirectory wards, Clock clock) {
        this.wards = wards;
        this.clock = clock;
    }

    void check(ResidentForm f) {
        var errors = new InvalidInputException.Collector()
                .check(notBlank(f.legalGivenName()), "legalGivenName", "Enter the resident's first name.")
                .check(notBlank(f.legalFamilyName()), "legalFamilyName", "Enter the resident's last name.")
                .check(length(f.legalGivenName(), 100), "legalGivenName", "Use 100 characters or fewer.")
                .check(length(f.legalFamilyName(), 100), "legalFamilyName", "Use 100 characters or fewer.")
                .check(length(f.preferredName(), 100), "preferredName", "Use 100 characters or fewer.");
        LocalDate today = LocalDate.now(clock);
        if (f.dateOfBirth() != null) {
            errors.check(!f.dateOfBirth().isAfter(today), "dateOfBirth", "The date of birth cannot be in the future.")
                    .check(f.dateOfBirth().isAfter(today.minusYears(125)), "dateOfBirth", "Check the year of birth: this would make them over 125.");
        }
        if (notBlank(f.email())) {
            errors.check(EMAIL.matcher(f.email().trim()).matches() && f.email().length() <= 254, "email",
                    "Enter an email address like name@example.com.");
        }
        if (notBlank(f.phone())) {
            errors.check(PHONE.matcher(f.phone().trim()).matches(), "phone",
                    "Enter a UK phone number, like 020 7946 0000 or 07700 900000.");
        }
        if (notBlank(f.postcode())) {
            errors.check(Postcode.normalise(f.postcode()).isPresent(), "postcode",
                    "Enter a real UK postcode, like EC2V 7HH.");
        }
        if (notBlank(f.wardCode())) {
            errors.check(wards.byCode(f.wardCode()).isPresent(), "wardCode", "Choose one of the City's 25 wards.");
        } else {
            errors.check(notBlank(f.borough()), "borough",
                    "For someone living outside the City, choose their London borough. For City residents, choose the ward.");
            if (notBlank(f.borough())) {
                errors.check(LondonBoroughs.find(f.borough()).isPresent(), "borough",
                        "Choose one of the 32 London boroughs, or the City of London.");
            }
        }
        if (notBlank(f.lsoaCode())) {
            errors.check(LSOA.matcher(f.lsoaCode().trim()).matches(), "lsoaCode",
                    "An LSOA code looks like E01000001. Leave it empty if you do not know it.");
        }
        errors.check(length(f.accessibilityNeeds(), 1000), "accessibilityNeeds", "Use 1,000 characters or fewer.");
        errors.throwIfAny();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean length(String s, int max) {
        return s == null || s.length() <= max;
    }
}
