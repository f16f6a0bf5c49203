package org.bridgework.activities;

public enum StrategyKind {
    OUTCOME("Outcome", "strategy_outcome", "title"),
    HEADING("Activity heading", "strategy_heading", "title"),
    PROGRAMME("Programme", "activity_programme", "name"),
    TYPE("Activity type", "activity_type", "name");

    private final String label;
    final String table;
    final String nameColumn;

    StrategyKind(String label, String table, String nameColumn) {
        this.label = label;
        this.table = table;
        this.nameColumn = nameColumn;
    }

    public String label() {
        return label;
    }

    /** What a row of this kind hangs under, if anything. */
    public StrategyKind parent() {
        return switch (this) {
            case HEADING -> OUTCOME;
            case TYPE -> HEADING;
            default -> null;
        };
    }
}
