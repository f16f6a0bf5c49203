package org.bridgework.residents;

import java.util.List;

/** The resident fields a CSV column can be mapped to, with the form's field key and headings that usually mean it. */
public enum ImportField {
    GIVEN_NAME("First name", "legalGivenName", true, "first name", "firstname", "given name", "forename"),
    FAMILY_NAME("Last name", "legalFamilyName", true, "last name", "lastname", "surname", "family name"),
    PREFERRED_NAME("Preferred name", "preferredName", false, "preferred name", "known as"),
    DATE_OF_BIRTH("Date of birth", "dateOfBirth", false, "date of birth", "dob", "birth date", "birthday"),
    PHONE("Phone", "phone", false, "phone", "telephone", "mobile", "phone number"),
    EMAIL("Email", "email", false, "email", "email address", "e-mail"),
    ADDRESS_LINE_1("Address line 1", "addressLine1", false, "address", "address line 1", "address1", "street"),
    ADDRESS_LINE_2("Address line 2", "addressLine2", false, "address line 2", "address2"),
    TOWN("Town", "town", false, "town", "city"),
    POSTCODE("Postcode", "postcode", false, "postcode", "post code", "zip"),
    WARD("Ward", "wardCode", false, "ward", "ward code", "ward name"),
    BOROUGH("Borough", "borough", false, "borough", "london borough"),
    LSOA("LSOA", "lsoaCode", false, "lsoa", "lsoa code"),
    PREFERRED_LANGUAGE("Preferred language", "preferredLanguage", false, "language", "preferred language"),
    INTERPRETER_NEEDED("Interpreter needed", "interpreterNeeded", false, "interpreter", "interpreter needed"),
    ACCESSIBILITY_NEEDS("Accessibility needs", "accessibilityNeeds", false, "accessibility", "accessibility needs"),
    NOTES("Notes", "notes", false, "notes", "comments");

    private final String label;
    private final String formField;
    private final boolean required;
    private final List<String> usualHeadings;

    ImportField(String label, String formField, boolean required, String... usualHeadings) {
        this.label = label;
        this.formField = formField;
        this.required = required;
        this.usualHeadings = List.of(usualHeadings);
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    String formField() {
        return formField;
    }

    boolean usuallyHeaded(String heading) {
        return usualHeadings.contains(NameKey.of(heading.replace('_', ' ').replace('-', ' ')));
    }

    static ImportField byFormField(String key) {
        for (var f : values()) {
            if (f.formField.equals(key)) {
                return f;
            }
        }
        return null;
    }
}
