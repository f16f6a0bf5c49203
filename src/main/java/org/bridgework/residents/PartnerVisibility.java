package org.bridgework.residents;

/**
 * Whether a partner organisation may see a resident: with the resident's consent to share with that
 * partner, or through a live link (booking, referral, ...). Implemented by the consent feature; where no
 * implementation is present, partners see no resident.
 */
public interface PartnerVisibility {

    boolean canSee(long organisationId, long residentId);

    /** An SQL condition on {@code residentIdColumn} for use inside a query's WHERE clause, with one '?' for the organisation id. */
    String sqlCondition(String residentIdColumn);
}
