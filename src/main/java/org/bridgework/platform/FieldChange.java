package org.bridgework.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field's value before and after a change: for the audit trail and for concurrent-edit explanations. */
public record FieldChange(String field, String before, String after) {

    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        var changes = new ArrayList<FieldChange>();
        for (var e : after.entrySet()) {
            Object old = before.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                changes.add(new FieldChange(e.getKey(), text(old), text(e.getValue())));
            }
        }
        return changes;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
