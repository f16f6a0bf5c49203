package org.bridgework.residents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where earlier pages of a grid ended, so the next page can seek past the last row's sort key instead of
 * skipping every row before it. The grid has no total count, so it only ever reaches a deep page by scrolling
 * through the pages before it, and each of those leaves a bookmark here. Staff all see the same rows for the same
 * filter, so one shared set serves everyone. A bookmark ages out after a few minutes so that rows added or
 * removed meanwhile do not leave a page permanently shifted.
 */
final class GridBookmarks {

    /** The sort values of the last row on a page, and the position just after it. */
    record Bookmark(int offset, List<Object> sortValues, Instant takenAt) {
    }

    /** A grid's rows for one filter and sort; an empty search box and no box at all list the same rows. */
    private record Listing(ResidentFilter filter, ResidentSort sort) {
        static Listing of(ResidentFilter f, ResidentSort sort) {
            return new Listing(new ResidentFilter(blankToNull(f.name()), blankToNull(f.postcode()),
                    blankToNull(f.wardCode()), f.ageBand(), f.programmeId()), sort);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private static final int MAX_LISTINGS = 500;
    private static final int MAX_BOOKMARKS_PER_LISTING = 4_000;
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<Listing, TreeMap<Integer, Bookmark>> listings =
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Listing, TreeMap<Integer, Bookmark>> eldest) {
                    return size() > MAX_LISTINGS;
                }
            };

    GridBookmarks(Clock clock) {
        this.clock = clock;
    }

    /** The nearest fresh bookmark at or before {@code offset}, if any. */
    synchronized java.util.Optional<Bookmark> before(ResidentFilter filter, ResidentSort sort, int offset) {
        var marks = listings.get(Listing.of(filter, sort));
        if (marks == null) {
            return java.util.Optional.empty();
        }
        Instant oldest = clock.instant().minus(MAX_AGE);
        var entry = marks.floorEntry(offset);
        while (entry != null && entry.getValue().takenAt().isBefore(oldest)) {
            marks.remove(entry.getKey());
            entry = marks.floorEntry(offset);
        }
        return java.util.Optional.ofNullable(entry).map(Map.Entry::getValue);
    }

    synchronized void remember(ResidentFilter filter, ResidentSort sort, int offset, List<Object> sortValues) {
        var marks = listings.computeIfAbsent(Listing.of(filter, sort), any -> new TreeMap<>());
        if (marks.size() >= MAX_BOOKMARKS_PER_LISTING) {
            marks.pollFirstEntry();
        }
        marks.put(offset, new Bookmark(offset, new ArrayList<>(sortValues), clock.instant()));
    }

    synchronized void forgetAll() {
        listings.clear();
    }
}
