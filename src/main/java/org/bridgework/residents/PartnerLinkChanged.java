package org.bridgework.residents;

/**
 * Published by a feature when a resident starts or stops having a live relationship with a partner
 * organisation: a booking on its activity, a case referred to it, an application to its opportunity.
 * The residents feature listens, and lets that partner see the resident while a link is active.
 *
 * @param source    which feature and kind of link, e.g. "activities.booking" or "families.referral"
 * @param sourceRef the id of the booking, referral, ... in that feature, so that the link can be ended
 */
public record PartnerLinkChanged(long residentId, long organisationId, String source, String sourceRef, boolean active) {
}
