package org.bridgework.residents;

import com.vaadin.flow.component.Component;
import org.bridgework.security.BridgeworkUser;

/**
 * A feature's tab on a resident's page (activities, Time Credits, family support, ...). Features
 * register beans; the resident page shows the tabs whose {@link #isVisibleTo} allows the signed-in user.
 * The tab's content must fetch its data through the feature's own guarded service.
 */
public interface ResidentJourneyTab {

    /** Lower comes first. */
    int order();

    /** A message key such as {@code consent.tab.title}; plain text is shown as it is. */
    String title();

    boolean isVisibleTo(BridgeworkUser user);

    Component create(long residentId);
}
