package org.bridgework.scale;

import org.bridgework.activities.Frequency;
import org.bridgework.activities.TargetGroup;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Activities with their sessions, bookings and registers. Most groups meet weekly for up to two years and carry on
 * past today (so some sessions are in the future); courses run for a term; events happen once. Each activity has a
 * core of regulars who come most weeks and a trickle of occasional visitors, drawn mostly from people who live in
 * its ward or borough and are of the age it is for.
 */
@Component
class ActivitiesPart implements DatasetPart {

    static final String ACTIVITIES = "activity";
    static final String SERIES = "session_series";
    static final String SESSIONS = "activity_session";
    static final String BOOKINGS = "session_booking";
    static final String ATTENDANCES = "session_attendance";
    static final long LONDON_ACTIVITIES = 20_000;
    static final long LONDON_SESSIONS = 500_000;
    static final long LONDON_ATTENDANCES = 5_000_000;
    /** Share of register marks that are at volunteering sessions, which Time Credits turns into credits. */
    static final double VOLUNTEERING_SHARE = 0.13;
    static final LocalDate FIRST_DAY = GenerationContext.AS_OF.minusYears(2);
    /** Groups that run on are scheduled this far ahead. */
    static final LocalDate SCHEDULED_TO = GenerationContext.AS_OF.plusWeeks(8);
    private static final LocalTime[] STARTS = {LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(13, 30),
            LocalTime.of(14, 0), LocalTime.of(16, 0), LocalTime.of(18, 0), LocalTime.of(18, 30), LocalTime.of(11, 0)};

    private final WardDirectory wards;

    ActivitiesPart(WardDirectory wards) {
        this.wards = wards;
    }

    @Override
    public String name() {
        return "activities";
    }

    @Override
    public int order() {
        return 30;
    }

    /** What one activity will be: enough to write its rows, and then its registers, in the same order every time. */
    static final class Plan {
        long id;
        /** Its place in the plan: what varies by activity is drawn from this, never from the database id. */
        int ordinal;
        long seriesId;
        ActivityKind kind;
        String title;
        long organisationId;
        String type;
        int area;
        Integer capacity;
        int[] ages;
        Frequency frequency;
        LocalDate first;
        LocalDate last;
        LocalTime start;
        int minutes;
        double mean;
        long firstSessionId;
        List<LocalDate> dates;
        boolean[] cancelled;
        int pastSessions;
    }

    @Override
    public void generate(GenerationContext context) {
        Random random = context.random(name());
        var residents = ResidentPool.load(context, context.range(ResidentsPart.RESIDENTS));
        var organisations = context.range(OrganisationsPart.TABLE);
        var plans = plan(context, random, residents, organisations);
        write(context, plans, residents);
        registers(context, context.random(name() + ":registers"), plans, residents);
    }

    private List<Plan> plan(GenerationContext context, Random random, ResidentPool residents, GenerationContext.IdRange orgs) {
        var cityAreas = new ArrayList<Integer>();
        for (int a = 0; a < residents.areaCount(); a++) {
            if (residents.areaName(a).startsWith("E05")) {
                cityAreas.add(a);
            }
        }
        int total = (int) context.preset().count(LONDON_ACTIVITIES);
        int weights = 0;
        for (var k : ActivityKind.values()) {
            weights += k.weight;
        }
        long nextActivity = context.nextId(ACTIVITIES);
        long nextSeries = context.nextId(SERIES);
        var plans = new ArrayList<Plan>(total);
        for (int i = 0; i < total; i++) {
            var p = new Plan();
            p.id = nextActivity + i;
            p.ordinal = i;
            p.seriesId = nextSeries + i;
            p.kind = pick(random, weights);
            p.type = p.kind.types.get(random.nextInt(p.kind.types.size()));
            p.ages = p.kind == ActivityKind.LIBRARY ? ActivityKind.libraryAges(p.type) : p.kind.ageGroups;
            // the City's own services: a third of activities in its 25 wards, the rest where people live
            p.area = !cityAreas.isEmpty() && random.nextInt(3) == 0 ? cityAreas.get(random.nextInt(cityAreas.size()))
                    : residents.randomArea(random);
            String stem = p.kind.titles.isEmpty() ? p.type : p.kind.titles.get(random.nextInt(p.kind.titles.size()));
            p.title = stem + ", " + areaLabel(residents.areaName(p.area));
            p.organisationId = orgs.first() + random.nextLong(orgs.size());
            p.capacity = p.kind.dropIn ? null : p.kind == ActivityKind.EVENT ? 60 + 10 * random.nextInt(10)
                    : 12 + 2 * random.nextInt(5);
            p.frequency = p.kind == ActivityKind.LIBRARY && random.nextInt(3) == 0 ? Frequency.WEEKLY : p.kind.frequency;
            p.start = STARTS[random.nextInt(STARTS.length)];
            p.minutes = p.kind.minutes + (p.kind.volunteering ? 30 * random.nextInt(3) - 30 : 0);
            p.mean = p.kind.meanAttendance * (0.5 + random.nextDouble());
            if (p.kind.runsOn()) {
                p.first = FIRST_DAY.plusDays(random.nextInt(700));
                // four in five still run; the rest stopped after a few months to a year
                p.last = random.nextInt(5) > 0 ? SCHEDULED_TO : min(SCHEDULED_TO, p.first.plusDays(90 + random.nextInt(275)));
            } else {
                p.first = FIRST_DAY.plusDays(random.nextInt(730 + 42));
                p.last = p.first;
            }
            plans.add(p);
        }
        fitSessions(context, plans);
        long sessionId = context.nextId(SESSIONS);
        for (var p : plans) {
            p.dates = dates(p.frequency, p.first, p.last, p.kind.runsOn() ? 0 : p.kind.courseSessions);
            p.cancelled = new boolean[p.dates.size()];
            for (int d = 0; d < p.dates.size(); d++) {
                p.cancelled[d] = random.nextInt(60) == 0;
                if (p.dates.get(d).isBefore(GenerationContext.AS_OF)) {
                    p.pastSessions++;
                }
            }
            p.firstSessionId = sessionId;
            sessionId += p.dates.size();
        }
        fitAttendance(context, plans);
        return plans;
    }

    /** Moves the first date of groups that run on, so that the sessions come to the preset's number. */
    private static void fitSessions(GenerationContext context, List<Plan> plans) {
        long target = context.preset().count(LONDON_SESSIONS);
        long fixed = 0, running = 0;
        for (var p : plans) {
            long n = dates(p.frequency, p.first, p.last, p.kind.runsOn() ? 0 : p.kind.courseSessions).size();
            if (p.kind.runsOn()) {
                running += n;
            } else {
                fixed += n;
            }
        }
        double factor = Math.max(0.05, (double) (target - fixed) / Math.max(1, running));
        for (var p : plans) {
            if (p.kind.runsOn()) {
                long span = p.last.toEpochDay() - p.first.toEpochDay();
                p.first = max(FIRST_DAY, p.last.minusDays(Math.round(span * factor)));
            }
        }
    }

    /** Scales each activity's usual attendance so that the marks, and the volunteering share of them, come to the preset's. */
    private static void fitAttendance(GenerationContext context, List<Plan> plans) {
        long target = context.preset().count(LONDON_ATTENDANCES);
        double volunteering = 0, other = 0;
        for (var p : plans) {
            double expected = p.pastSessions * p.mean;
            if (p.kind.volunteering) {
                volunteering += expected;
            } else {
                other += expected;
            }
        }
        double vf = target * VOLUNTEERING_SHARE / Math.max(1, volunteering);
        double of = target * (1 - VOLUNTEERING_SHARE) / Math.max(1, other);
        for (var p : plans) {
            p.mean *= p.kind.volunteering ? vf : of;
        }
    }

    static List<LocalDate> dates(Frequency frequency, LocalDate first, LocalDate last, int count) {
        var list = new ArrayList<LocalDate>();
        for (int i = 0; ; i++) {
            LocalDate d = switch (frequency) {
                case ONCE -> i == 0 ? first : null;
                case WEEKLY -> first.plusWeeks(i);
                case FORTNIGHTLY -> first.plusWeeks(2L * i);
                case MONTHLY_BY_DATE, MONTHLY_BY_WEEKDAY -> first.plusMonths(i);
            };
            if (d == null || (count == 0 && d.isAfter(last)) || (count > 0 && i >= count)) {
                return list;
            }
            list.add(d);
        }
    }

    private void write(GenerationContext context, List<Plan> plans, ResidentPool residents) {
        var jdbc = context.jdbc();
        Map<String, Long> programmes = new HashMap<>();
        jdbc.query("select name, id from activity_programme", rs -> {
            programmes.put(rs.getString(1), rs.getLong(2));
        });
        Map<String, Long> types = new HashMap<>();
        jdbc.query("select name, id from activity_type", rs -> {
            types.put(rs.getString(1), rs.getLong(2));
        });
        try (var activities = new BatchInsert(context.dataSource(), ACTIVITIES, List.of("id", "version", "title",
                "programme_id", "type_id", "delivering_org_id", "venue", "ward_code", "target_groups", "capacity",
                "counts_as_volunteering", "drop_in", "description", "created_at", "created_by"), 500)) {
            for (var p : plans) {
                var groups = p.kind == ActivityKind.LIBRARY ? ActivityKind.libraryGroups(p.type) : p.kind.targetGroups;
                String area = residents.areaName(p.area);
                activities.add(p.id, 0, p.title, programmes.get(p.kind.programme), types.get(p.type), p.organisationId,
                        venue(p, area), area.startsWith("E05") ? area : null,
                        groups.stream().map(TargetGroup::name).sorted().collect(Collectors.joining(",")), p.capacity,
                        p.kind.volunteering, p.kind.dropIn, p.kind.name().charAt(0) + p.kind.name().substring(1).toLowerCase()
                                .replace('_', ' ') + " run by partner " + p.organisationId,
                        p.first.minusWeeks(3).atTime(9, 0), staff(p.organisationId));
            }
        }
        try (var series = new BatchInsert(context.dataSource(), SERIES, List.of("id", "activity_id", "frequency",
                "first_date", "last_date", "start_time", "duration_minutes", "cancelled_dates", "created_at"), 500)) {
            for (var p : plans) {
                series.add(p.seriesId, p.id, p.frequency.name(), p.first, p.dates.getLast(), p.start, p.minutes,
                        null, p.first.minusWeeks(3).atTime(9, 30));
            }
        }
        long sessions = 0;
        try (var insert = new BatchInsert(context.dataSource(), SESSIONS, List.of("id", "activity_id", "series_id",
                "session_date", "start_time", "duration_minutes", "capacity", "cancelled", "register_saved_at"), 1000)) {
            for (var p : plans) {
                for (int d = 0; d < p.dates.size(); d++) {
                    var date = p.dates.get(d);
                    boolean past = date.isBefore(GenerationContext.AS_OF);
                    insert.add(p.firstSessionId + d, p.id, p.seriesId, date, p.start, p.minutes, p.capacity, p.cancelled[d],
                            past && !p.cancelled[d] ? recorded(p, date) : null);
                    sessions++;
                }
            }
        }
        context.recordRange(ACTIVITIES, new GenerationContext.IdRange(plans.getFirst().id, plans.getLast().id));
        context.recordRange(SERIES, new GenerationContext.IdRange(plans.getFirst().seriesId, plans.getLast().seriesId));
        context.recordRange(SESSIONS, new GenerationContext.IdRange(plans.getFirst().firstSessionId,
                plans.getFirst().firstSessionId + sessions - 1));
        context.progress("sessions", sessions, sessions);
    }

    /** Registers of past sessions and bookings of bookable ones, written as they are made. */
    private void registers(GenerationContext context, Random random, List<Plan> plans, ResidentPool residents) {
        long firstAttendance = context.nextId(ATTENDANCES);
        long firstBooking = context.nextId(BOOKINGS);
        long attendanceId = firstAttendance, bookingId = firstBooking;
        long target = context.preset().count(LONDON_ATTENDANCES);
        long step = Math.max(1, target / 10), nextReport = step;
        try (var marks = new BatchInsert(context.dataSource(), ATTENDANCES, List.of("id", "session_id", "resident_id",
                "status", "accompanied_by_id", "recorded_at", "recorded_by"), 1000);
             var bookings = new BatchInsert(context.dataSource(), BOOKINGS, List.of("id", "session_id", "resident_id",
                     "status", "requested_at", "promoted_at", "cancelled_at", "booked_by"), 1000)) {
            for (var p : plans) {
                boolean once = p.dates.size() == 1;
                // regulars carry four fifths of the attendance, each coming three weeks in four
                int regularCount = once ? 0 : Math.max(1, (int) Math.round(p.mean * 0.8 / 0.75));
                var regulars = new LinkedHashSet<Integer>();
                for (int tries = 0; regulars.size() < regularCount && tries < regularCount * 3; tries++) {
                    regulars.add(residents.draw(random, p.area, p.ages));
                }
                double visitors = once ? p.mean : p.mean * 0.2;
                String by = staff(p.organisationId);
                for (int d = 0; d < p.dates.size(); d++) {
                    if (p.cancelled[d]) {
                        continue;
                    }
                    long sessionId = p.firstSessionId + d;
                    var date = p.dates.get(d);
                    var startsAt = date.atTime(p.start);
                    boolean past = date.isBefore(GenerationContext.AS_OF);
                    var came = new LinkedHashSet<Integer>();
                    var noShows = new LinkedHashSet<Integer>();
                    if (past && !p.cancelled[d]) {
                        for (int r : regulars) {
                            if (random.nextInt(4) > 0) {
                                came.add(r);
                            } else if (!p.kind.dropIn && random.nextInt(3) == 0) {
                                noShows.add(r);
                            }
                        }
                        int n = poisson(random, visitors);
                        for (int v = 0; v < n; v++) {
                            came.add(residents.draw(random, p.area, p.ages));
                        }
                        noShows.removeAll(came);
                        if (p.capacity != null) {
                            trim(came, p.capacity);
                            trim(noShows, Math.max(0, p.capacity - came.size()));
                        }
                        var at = recorded(p, date);
                        for (int r : came) {
                            marks.add(attendanceId++, sessionId, residents.id(r), random.nextInt(11) == 0 ? "LATE" : "PRESENT",
                                    null, at, by);
                        }
                        for (int r : noShows) {
                            marks.add(attendanceId++, sessionId, residents.id(r), "ABSENT", null, at, by);
                        }
                    } else if (!p.kind.dropIn) {
                        // the future, or a session called off: who has booked so far
                        for (int r : regulars) {
                            if (random.nextInt(5) < 3) {
                                came.add(r);
                            }
                        }
                        int n = poisson(random, visitors * (once ? 0.6 : 1));
                        for (int v = 0; v < n; v++) {
                            came.add(residents.draw(random, p.area, p.ages));
                        }
                    }
                    if (!p.kind.dropIn && (p.kind.bookable || !past)) {
                        int booked = 0;
                        for (int r : concat(came, noShows)) {
                            boolean waiting = p.capacity != null && booked >= p.capacity;
                            var requested = startsAt.minusDays(1 + random.nextInt(14)).minusMinutes(random.nextInt(600));
                            bookings.add(bookingId++, sessionId, residents.id(r), waiting ? "WAITING" : "BOOKED", requested,
                                    null, null, by);
                            booked++;
                        }
                        if (random.nextInt(4) == 0) {
                            int r = residents.draw(random, p.area, p.ages);
                            if (!came.contains(r) && !noShows.contains(r)) {
                                var requested = startsAt.minusDays(3 + random.nextInt(20));
                                bookings.add(bookingId++, sessionId, residents.id(r), "CANCELLED", requested, null,
                                        requested.plusDays(1 + random.nextInt(2)), by);
                            }
                        }
                    }
                }
                if (attendanceId - firstAttendance >= nextReport) {
                    context.progress("attendances", attendanceId - firstAttendance, target);
                    nextReport += step;
                }
            }
        }
        context.recordRange(ATTENDANCES, new GenerationContext.IdRange(firstAttendance, attendanceId - 1));
        context.recordRange(BOOKINGS, new GenerationContext.IdRange(firstBooking, bookingId - 1));
        context.progress("attendances", attendanceId - firstAttendance, target);
        context.progress("bookings", bookingId - firstBooking, bookingId - firstBooking);
    }

    private static List<Integer> concat(LinkedHashSet<Integer> a, LinkedHashSet<Integer> b) {
        var all = new ArrayList<Integer>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private static void trim(LinkedHashSet<Integer> set, int max) {
        var it = set.iterator();
        int i = 0;
        while (it.hasNext()) {
            it.next();
            if (i++ >= max) {
                it.remove();
            }
        }
    }

    /** The register is saved at the end of the session, give or take an hour. */
    private static LocalDateTime recorded(Plan p, LocalDate date) {
        return date.atTime(p.start).plusMinutes(p.minutes + (date.toEpochDay() * 7 + p.ordinal) % 60);
    }

    static String staff(long organisationId) {
        return "partner-" + organisationId;
    }

    private String venue(Plan p, String area) {
        String place = areaLabel(area);
        return switch (p.kind) {
            case LIBRARY -> place + " Library";
            case YOUTH -> place + " Youth Centre";
            case EVENT -> place + " Community Hall";
            default -> place + " Community Centre";
        };
    }

    private String areaLabel(String area) {
        if (!area.startsWith("E05")) {
            return area;
        }
        return wards.reference().stream().filter(w -> w.code().equals(area)).map(Ward::name).findFirst().orElse(area);
    }

    private static ActivityKind pick(Random random, int weights) {
        int x = random.nextInt(weights);
        for (var k : ActivityKind.values()) {
            x -= k.weight;
            if (x < 0) {
                return k;
            }
        }
        return ActivityKind.EVENT;
    }

    static int poisson(Random random, double mean) {
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
