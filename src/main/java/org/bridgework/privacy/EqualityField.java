package org.bridgework.privacy;

/** The questions on the equality monitoring form, each with its column and its possible answers. */
public enum EqualityField {
    ETHNICITY("ethnicity", "Ethnic group", Ethnicity.values()),
    DISABILITY("disability", "Disability", Disability.values()),
    SEX("sex", "Sex", Sex.values()),
    GENDER_SAME_AS_BIRTH("gender_same_as_birth", "Gender identity same as sex registered at birth", GenderSameAsBirth.values()),
    SEXUAL_ORIENTATION("sexual_orientation", "Sexual orientation", SexualOrientation.values()),
    RELIGION("religion", "Religion or belief", Religion.values());

    private final String column;
    private final String label;
    private final EqualityAnswer[] answers;

    EqualityField(String column, String label, EqualityAnswer[] answers) {
        this.column = column;
        this.label = label;
        this.answers = answers;
    }

    String column() {
        return column;
    }

    public String label() {
        return label;
    }

    public EqualityAnswer[] answers() {
        return answers.clone();
    }

    EqualityAnswer answer(String name) {
        for (EqualityAnswer a : answers) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new IllegalStateException("Unknown " + this + " answer " + name);
    }
}
