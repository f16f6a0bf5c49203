package org.bridgework.residents;

import java.util.List;

/**
 * Many {@link PartnerLinkChanged} at once, e.g. everyone who came to a partner's session, so that the
 * listener keeps them in one statement rather than one or two per person. Means exactly what the
 * same changes published one by one, in this order, would mean.
 */
public record PartnerLinksChanged(List<PartnerLinkChanged> changes) {

    public PartnerLinksChanged {
        changes = List.copyOf(changes);
    }
}
