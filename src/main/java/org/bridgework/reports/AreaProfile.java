package org.bridgework.reports;

import java.math.BigDecimal;

/**
 * Need and provision in one area, before ranking. {@code deprivationDecile} is 1 (most deprived tenth in England)
 * to 10, null where not known; {@code sessionsDelivered} and {@code fundingGbp} are null where no source reports
 * them for this kind of area.
 */
public record AreaProfile(String code, String name, Double deprivationDecile, long residents, Long sessionsDelivered,
                          long participants, long attendances, BigDecimal fundingGbp) {

    /** Residents who took part per 1,000 residents on record; null when nobody lives there on record. */
    public Double participationPerThousand() {
        return residents == 0 ? null : participants * 1000.0 / residents;
    }

    /** Only an area with a deprivation figure and residents on record can be set against the others. */
    public boolean rankable() {
        return deprivationDecile != null && residents > 0;
    }
}
