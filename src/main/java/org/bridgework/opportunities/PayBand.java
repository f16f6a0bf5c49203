package org.bridgework.opportunities;

/** Hourly pay bands; {@code belowLivingWage} is decided against the configured London Living Wage. */
public enum PayBand {
    NO_PAY("No pay", 0, 0),
    UNDER_12("Under £12.00 an hour", 1, 1199),
    FROM_12_TO_13_99("£12.00 to £13.99", 1200, 1399),
    FROM_14_TO_15_99("£14.00 to £15.99", 1400, 1599),
    FROM_16_TO_19_99("£16.00 to £19.99", 1600, 1999),
    FROM_20("£20.00 or more", 2000, Integer.MAX_VALUE);

    private final String label;
    private final int fromPence;
    private final int toPence;

    PayBand(String label, int fromPence, int toPence) {
        this.label = label;
        this.fromPence = fromPence;
        this.toPence = toPence;
    }

    public String label() {
        return label;
    }

    /** True when every rate in the band is below the living wage; false when every rate is at or above it. */
    public boolean whollyBelow(int livingWagePence) {
        return toPence < livingWagePence;
    }

    public boolean whollyAtOrAbove(int livingWagePence) {
        return fromPence >= livingWagePence;
    }
}
