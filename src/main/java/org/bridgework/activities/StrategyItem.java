package org.bridgework.activities;

/**
 * One row of the strategy's reference data: an outcome, an activity heading (parent = its outcome),
 * a programme, or an activity type (parent = its heading; {@code librarySession} marks library offers).
 */
public record StrategyItem(Long id, long version, StrategyKind kind, String name, Long parentId, int sortOrder,
                           boolean librarySession, boolean active) {

    public static StrategyItem blank(StrategyKind kind) {
        return new StrategyItem(null, 0, kind, "", null, 0, false, true);
    }
}
