package org.bridgework.scale;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generated residents, held compactly in memory (id, area, age, ward), so that later parts can draw people
 * who live near an activity and are of the age it is for, without asking the database for each one.
 * An area is a City ward when the resident has one, otherwise the borough.
 */
final class ResidentPool {

    /** Children 0-12, young people 13-19, adults 20-64, older people 65+. */
    static final int CHILD = 0, YOUNG = 1, ADULT = 2, OLDER = 3;

    private final long[] ids;
    private final short[] areas;
    private final byte[] ages;
    private final String[] wards;
    private final List<String> areaNames = new ArrayList<>();
    private final int[][][] byAreaAndAge;
    private final int[][] byAge;

    private ResidentPool(long[] ids, short[] areas, byte[] ages, String[] wards, List<String> areaNames) {
        this.ids = ids;
        this.areas = areas;
        this.ages = ages;
        this.wards = wards;
        this.areaNames.addAll(areaNames);
        int[][] counts = new int[areaNames.size()][4];
        int[] ageCounts = new int[4];
        for (int i = 0; i < ids.length; i++) {
            counts[areas[i]][group(ages[i])]++;
            ageCounts[group(ages[i])]++;
        }
        byAreaAndAge = new int[areaNames.size()][4][];
        byAge = new int[4][];
        for (int g = 0; g < 4; g++) {
            byAge[g] = new int[ageCounts[g]];
            for (int a = 0; a < areaNames.size(); a++) {
                byAreaAndAge[a][g] = new int[counts[a][g]];
            }
        }
        int[][] fill = new int[areaNames.size()][4];
        int[] ageFill = new int[4];
        for (int i = 0; i < ids.length; i++) {
            int g = group(ages[i]);
            byAreaAndAge[areas[i]][g][fill[areas[i]][g]++] = i;
            byAge[g][ageFill[g]++] = i;
        }
    }

    /** Live residents with ids in the range, in id order (so that the same data always gives the same pool). */
    static ResidentPool load(GenerationContext context, GenerationContext.IdRange range) {
        var ids = new ArrayList<Long>();
        var areaList = new ArrayList<Short>();
        var ageList = new ArrayList<Byte>();
        var wardList = new ArrayList<String>();
        Map<String, Short> areaIndex = new HashMap<>();
        var names = new ArrayList<String>();
        var jdbc = context.jdbc();
        jdbc.setFetchSize(10_000);
        jdbc.query("select id, ward_code, borough, date_of_birth from resident where id between ? and ?"
                + " and merged_into_id is null and anonymised_at is null order by id", rs -> {
            String ward = rs.getString(2);
            String area = ward != null ? ward : rs.getString(3) == null ? "London" : rs.getString(3);
            short index = areaIndex.computeIfAbsent(area, k -> {
                names.add(k);
                return (short) (names.size() - 1);
            });
            ids.add(rs.getLong(1));
            areaList.add(index);
            var dob = rs.getObject(4, LocalDate.class);
            ageList.add((byte) Math.min(120, dob == null ? 40 : ChronoUnit.YEARS.between(dob, GenerationContext.AS_OF)));
            wardList.add(ward == null ? null : ward.intern());
        }, range.first(), range.last());
        int n = ids.size();
        long[] idArray = new long[n];
        short[] areaArray = new short[n];
        byte[] ageArray = new byte[n];
        for (int i = 0; i < n; i++) {
            idArray[i] = ids.get(i);
            areaArray[i] = areaList.get(i);
            ageArray[i] = ageList.get(i);
        }
        return new ResidentPool(idArray, areaArray, ageArray, wardList.toArray(String[]::new), names);
    }

    static int group(int age) {
        return age <= 12 ? CHILD : age <= 19 ? YOUNG : age <= 64 ? ADULT : OLDER;
    }

    int size() {
        return ids.length;
    }

    long id(int index) {
        return ids[index];
    }

    int age(int index) {
        return ages[index];
    }

    String ward(int index) {
        return wards[index];
    }

    String areaName(int area) {
        return areaNames.get(area);
    }

    int areaCount() {
        return areaNames.size();
    }

    int area(int index) {
        return areas[index];
    }

    /** An area drawn in proportion to how many people live there. */
    int randomArea(Random random) {
        return areas[random.nextInt(ids.length)];
    }

    /**
     * Somebody of one of the age groups, from the area four times in five (people go to what is near them),
     * otherwise from anywhere. Returns an index into the pool.
     */
    int draw(Random random, int area, int[] ageGroups) {
        int g = ageGroups[random.nextInt(ageGroups.length)];
        int[] local = byAreaAndAge[area][g];
        if (local.length > 0 && random.nextInt(5) > 0) {
            return local[random.nextInt(local.length)];
        }
        int[] any = byAge[g].length > 0 ? byAge[g] : byAge[ADULT];
        return any[random.nextInt(any.length)];
    }
}
