package org.bridgework.platform;

import java.util.List;

/**
 * Someone else saved the same record after it was opened. Carries what they changed, so the second
 * person can see it and re-apply their own change rather than overwrite it unseen.
 */
public class ConcurrentEditException extends RuntimeException {

    private final List<FieldChange> theirChanges;

    public ConcurrentEditException(String what, List<FieldChange> theirChanges) {
        super(what + " was changed by someone else while you were editing it. "
                + "Your changes have not been saved. Review their changes, then make yours again.");
        this.theirChanges = List.copyOf(theirChanges);
    }

    public List<FieldChange> theirChanges() {
        return theirChanges;
    }
}
