package org.bridgework.residents;

import java.util.List;
import java.util.Optional;

/** The 32 London boroughs and the City, for residents who live outside the City's wards. */
public final class LondonBoroughs {

    public static final String CITY = "City of London";

    public static final List<String> ALL = List.of("Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley",
            "Camden", CITY, "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham",
            "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington", "Kensington and Chelsea",
            "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham", "Redbridge", "Richmond upon Thames",
            "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster");

    private LondonBoroughs() {
    }

    /** The borough as we spell it, whatever the case or spacing of the input ("tower  hamlets"). */
    public static Optional<String> find(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String key = NameKey.of(input.replace("&", "and"));
        return ALL.stream().filter(b -> NameKey.of(b).equals(key)).findFirst();
    }
}
