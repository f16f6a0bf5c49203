package org.bridgework.scale;

import org.apache.commons.csv.CSVFormat;
import org.bridgework.reference.Ward;
import org.bridgework.residents.LondonBoroughs;
import org.bridgework.residents.Postcode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Where generated people live. Outside the City, a uniformly drawn LSOA (each holds about 1,500 people) spreads
 * them across the 32 boroughs by population; inside, the wards are weighted by where the City's residents live.
 */
final class LondonGeography {

    record Place(String borough, String wardCode, String lsoaCode, String postcode) {
    }

    private record Lsoa(String code, String borough) {
    }

    /** Resident-heavy wards (Barbican, Golden Lane, Middlesex Street estates) weigh more than the business wards. */
    private static final Map<String, Integer> WARD_WEIGHTS = Map.of("Cripplegate", 30, "Aldersgate", 15,
            "Portsoken", 15, "Farringdon Without", 10, "Queenhithe", 5, "Farringdon Within", 4, "Castle Baynard", 4,
            "Tower", 3, "Bishopsgate", 3, "Aldgate", 2);
    private static final List<String> CITY_DISTRICTS = List.of("EC1A", "EC1M", "EC1Y", "EC2A", "EC2M", "EC2N", "EC2R",
            "EC2V", "EC2Y", "EC3A", "EC3M", "EC3N", "EC3R", "EC3V", "EC4A", "EC4M", "EC4N", "EC4R", "EC4V", "EC4Y", "E1");
    private static final Map<String, List<String>> DISTRICTS = Map.ofEntries(
            Map.entry("Barking and Dagenham", List.of("IG11", "RM8", "RM9", "RM10")),
            Map.entry("Barnet", List.of("N2", "N3", "N12", "N20", "NW4", "NW7", "NW11", "EN5")),
            Map.entry("Bexley", List.of("DA5", "DA6", "DA7", "DA14", "DA15", "DA16")),
            Map.entry("Brent", List.of("NW2", "NW6", "NW9", "NW10", "HA0", "HA9")),
            Map.entry("Bromley", List.of("BR1", "BR2", "BR3", "BR5", "BR6", "BR7")),
            Map.entry("Camden", List.of("NW1", "NW3", "NW5", "WC1H", "WC1X", "N6")),
            Map.entry("Croydon", List.of("CR0", "CR2", "CR7", "CR8", "SE25")),
            Map.entry("Ealing", List.of("W5", "W7", "W13", "UB1", "UB2", "UB6")),
            Map.entry("Enfield", List.of("EN1", "EN2", "EN3", "N9", "N13", "N21")),
            Map.entry("Greenwich", List.of("SE3", "SE7", "SE9", "SE10", "SE18", "SE28")),
            Map.entry("Hackney", List.of("E2", "E5", "E8", "E9", "N1", "N16")),
            Map.entry("Hammersmith and Fulham", List.of("W6", "W12", "W14", "SW6")),
            Map.entry("Haringey", List.of("N4", "N8", "N10", "N15", "N17", "N22")),
            Map.entry("Harrow", List.of("HA1", "HA2", "HA3", "HA5", "HA7")),
            Map.entry("Havering", List.of("RM1", "RM2", "RM3", "RM7", "RM11", "RM12")),
            Map.entry("Hillingdon", List.of("UB3", "UB4", "UB7", "UB8", "UB10", "HA4")),
            Map.entry("Hounslow", List.of("TW3", "TW4", "TW5", "TW7", "TW8", "W4")),
            Map.entry("Islington", List.of("N1", "N5", "N7", "N19", "EC1V", "EC1R")),
            Map.entry("Kensington and Chelsea", List.of("SW3", "SW5", "SW7", "SW10", "W8", "W10", "W11")),
            Map.entry("Kingston upon Thames", List.of("KT1", "KT2", "KT3", "KT5", "KT6")),
            Map.entry("Lambeth", List.of("SE11", "SE24", "SE27", "SW2", "SW4", "SW9", "SW16")),
            Map.entry("Lewisham", List.of("SE4", "SE6", "SE8", "SE12", "SE13", "SE14", "SE23")),
            Map.entry("Merton", List.of("SW19", "SW20", "CR4", "SM4")),
            Map.entry("Newham", List.of("E6", "E7", "E12", "E13", "E15", "E16")),
            Map.entry("Redbridge", List.of("IG1", "IG2", "IG3", "IG4", "IG5", "IG6")),
            Map.entry("Richmond upon Thames", List.of("TW1", "TW2", "TW9", "TW10", "TW11", "SW13", "SW14")),
            Map.entry("Southwark", List.of("SE1", "SE5", "SE15", "SE16", "SE17", "SE21", "SE22")),
            Map.entry("Sutton", List.of("SM1", "SM2", "SM3", "SM5", "SM6")),
            Map.entry("Tower Hamlets", List.of("E1", "E3", "E14", "E1W")),
            Map.entry("Waltham Forest", List.of("E4", "E10", "E11", "E17")),
            Map.entry("Wandsworth", List.of("SW11", "SW12", "SW15", "SW17", "SW18")),
            Map.entry("Westminster", List.of("W1U", "W1H", "W2", "W9", "SW1P", "SW1V", "NW8", "WC2N")));
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    /** Postcode units per district: about a dozen residents share one at London scale, as on a real street. */
    private static final int UNITS_PER_DISTRICT = 400;

    private final List<Lsoa> boroughLsoas = new ArrayList<>();
    private final List<String> cityLsoas = new ArrayList<>();
    private final List<Ward> weightedWards = new ArrayList<>();
    private final double cityShare;

    LondonGeography(List<Ward> wards, double cityShare) {
        this.cityShare = cityShare;
        for (Ward w : wards) {
            for (int i = 0; i < WARD_WEIGHTS.getOrDefault(w.name(), 1); i++) {
                weightedWards.add(w);
            }
        }
        var in = LondonGeography.class.getResourceAsStream("/db-changelog/data/london_lsoa_imd2019_deciles.csv");
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (var row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String borough = LondonBoroughs.find(row.get("lad19nm")).orElseThrow();
                if (borough.equals(LondonBoroughs.CITY)) {
                    cityLsoas.add(row.get("lsoa11cd"));
                } else {
                    boroughLsoas.add(new Lsoa(row.get("lsoa11cd"), borough));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Place place(Random random) {
        if (random.nextDouble() < cityShare) {
            Ward ward = weightedWards.get(random.nextInt(weightedWards.size()));
            int w = ward.code().hashCode() & 0xffff;
            String district = CITY_DISTRICTS.get((w + random.nextInt(2)) % CITY_DISTRICTS.size());
            return new Place(LondonBoroughs.CITY, ward.code(), cityLsoas.get(w % cityLsoas.size()), postcode(district, random));
        }
        var lsoa = boroughLsoas.get(random.nextInt(boroughLsoas.size()));
        var districts = DISTRICTS.get(lsoa.borough());
        return new Place(lsoa.borough(), null, lsoa.code(), postcode(districts.get(random.nextInt(districts.size())), random));
    }

    private static String postcode(String district, Random random) {
        int unit = random.nextInt(UNITS_PER_DISTRICT);
        String inward = (1 + unit % 9) + "" + INWARD_LETTERS.charAt(unit / 9 % 20) + INWARD_LETTERS.charAt((unit * 7) % 20);
        return Postcode.normalise(district + inward).orElseThrow(() -> new IllegalStateException("Bad postcode " + district + inward));
    }
}
