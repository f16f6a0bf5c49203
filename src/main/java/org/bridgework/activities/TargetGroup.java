package org.bridgework.activities;

/** Who an activity is meant for, so that reports can show reach into the groups the strategy names. */
public enum TargetGroup {
    YOUNG_PEOPLE_SEND("Young people with SEND"),
    YOUNG_WOMEN("Young women"),
    YOUNG_BANGLADESHI_WOMEN("Young Bangladeshi women"),
    CHILDREN("Children"),
    YOUNG_PEOPLE("Young people (13–19)"),
    FAMILIES("Families"),
    OLDER_PEOPLE("Older people"),
    JOB_SEEKERS("People looking for work"),
    ENGLISH_LEARNERS("People learning English"),
    SOCIALLY_ISOLATED("People who are socially isolated"),
    EVERYONE("Everyone");

    private final String label;

    TargetGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
