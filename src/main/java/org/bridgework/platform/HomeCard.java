package org.bridgework.platform;

import com.vaadin.flow.component.Component;
import org.bridgework.security.BridgeworkUser;

/**
 * A feature's contribution to a user's home page: an officer's sessions today, a volunteer's
 * balance, a manager's headline figures. Features register beans; the home page knows none of them.
 */
public interface HomeCard {

    /** Lower comes first. */
    int order();

    boolean isFor(BridgeworkUser user);

    Component create(BridgeworkUser user);
}
