package org.bridgework.residents;

/** Age bands used in filters and in every report, so that figures line up. */
public enum AgeBand {
    UNDER_5("0–4", 0, 4), AGE_5_TO_10("5–10", 5, 10), AGE_11_TO_15("11–15", 11, 15), AGE_16_TO_24("16–24", 16, 24),
    AGE_25_TO_49("25–49", 25, 49), AGE_50_TO_64("50–64", 50, 64), AGE_65_PLUS("65+", 65, 130);

    private final String label;
    private final int minAge;
    private final int maxAge;

    AgeBand(String label, int minAge, int maxAge) {
        this.label = label;
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    public String label() {
        return label;
    }

    public int minAge() {
        return minAge;
    }

    public int maxAge() {
        return maxAge;
    }

    public static AgeBand of(int age) {
        for (AgeBand b : values()) {
            if (age >= b.minAge && age <= b.maxAge) {
                return b;
            }
        }
        return AGE_65_PLUS;
    }
}
