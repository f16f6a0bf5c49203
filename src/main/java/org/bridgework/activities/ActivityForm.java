package org.bridgework.activities;

import java.util.Set;

/** An activity as its form edits it. {@code id} is null and {@code version} 0 for a new one. */
public record ActivityForm(Long id, long version, String title, Long programmeId, Long typeId, Long deliveringOrgId,
                           String venue, String wardCode, Set<TargetGroup> targetGroups, Integer capacity,
                           boolean countsAsVolunteering, boolean dropIn, String description) {

    public static ActivityForm blank() {
        return new ActivityForm(null, 0, "", null, null, null, null, null, Set.of(), null, false, false, null);
    }
}
