package org.bridgework.privacy;

import java.util.List;

/**
 * Which residents an equality count covers: everyone, one ward, or the ids a calling feature selects
 * (for example "who attended this programme"). The subquery is code written by that feature, never user text.
 */
public record EqualityScope(String wardCode, String residentIdsSubquery, List<Object> parameters) {

    public static EqualityScope everyone() {
        return new EqualityScope(null, null, List.of());
    }

    public static EqualityScope ward(String wardCode) {
        return new EqualityScope(wardCode, null, List.of());
    }

    public static EqualityScope residents(String residentIdsSubquery, Object... parameters) {
        return new EqualityScope(null, residentIdsSubquery, List.of(parameters));
    }
}
