package org.bridgework.opportunities;

public enum OpportunityType {
    APPRENTICESHIP("Apprenticeship"),
    WORK_EXPERIENCE("Work experience placement"),
    TRAINEESHIP("Traineeship"),
    MENTORING("Mentoring"),
    SUPPORTED_INTERNSHIP("Supported internship"),
    TRAINING_COURSE("Training course");

    private final String label;

    OpportunityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
