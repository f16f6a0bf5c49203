package org.bridgework.scale;

import java.util.Locale;

/** How much data to make. Later features read their own counts with {@link #count(String)}. */
public enum Preset {
    LONDON(1_000_000, 400_000, 2_000),
    CI(20_000, 8_000, 200);

    private final int residents;
    private final int households;
    private final int organisations;

    Preset(int residents, int households, int organisations) {
        this.residents = residents;
        this.households = households;
        this.organisations = organisations;
    }

    public int residents() {
        return residents;
    }

    public int households() {
        return households;
    }

    public int organisations() {
        return organisations;
    }

    /** Scales a London-sized count of another feature (e.g. 5,000,000 attendances) to this preset. */
    public long count(long atLondonScale) {
        return Math.max(1, atLondonScale * residents / LONDON.residents);
    }

    public static Preset of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
