package org.bridgework.scale;

import java.util.Random;

/** Household sizes with London's shape (a third live alone; few households have more than five), summing exactly. */
final class HouseholdSizes {

    private static final double[] SHARE = {0.30, 0.30, 0.16, 0.14, 0.07, 0.03};

    private HouseholdSizes() {
    }

    static int[] of(int households, int residents, Random random) {
        if (residents < households) {
            throw new IllegalArgumentException("Every household needs at least one resident");
        }
        int[] sizes = new int[households];
        long sum = 0;
        for (int i = 0; i < households; i++) {
            double x = random.nextDouble();
            int size = 1;
            for (double share : SHARE) {
                x -= share;
                if (x < 0) {
                    break;
                }
                size++;
            }
            sizes[i] = Math.min(size, SHARE.length);
            sum += sizes[i];
        }
        while (sum != residents) {
            int i = random.nextInt(households);
            if (sum < residents && sizes[i] < 8) {
                sizes[i]++;
                sum++;
            } else if (sum > residents && sizes[i] > 1) {
                sizes[i]--;
                sum--;
            }
        }
        return sizes;
    }
}
