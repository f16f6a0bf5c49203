package org.bridgework.activities;

import org.bridgework.organisations.OrganisationService;
import org.bridgework.residents.AgeBand;
import org.bridgework.residents.ResidentFilter;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentSummary;
import org.bridgework.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * An autumn term across the City: Community Builders groups, library sessions at Barbican and Artizan Street,
 * the Aldgate Square Festival, healthy cooking and Toynbee Hall's garden volunteers, with bookings, waiting
 * lists and registers for past sessions. Idempotent: when the garden volunteers exist, it has run before.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "bridgework.demo-data.enabled", havingValue = "true")
class DemoDataActivities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataActivities.class);
    static final String MARKER = "Golden Lane garden volunteers";
    private static final String CRIPPLEGATE = "E05009302";
    private static final String PORTSOKEN = "E05009308";

    private final ActivityService activities;
    private final StrategyService strategy;
    private final BookingService bookings;
    private final RegisterService registers;
    private final ConnectionService connections;
    private final OrganisationService organisations;
    private final ResidentService residents;
    private final Random random = new Random(20261201L);

    DemoDataActivities(ActivityService activities, StrategyService strategy, BookingService bookings, RegisterService registers,
                       ConnectionService connections, OrganisationService organisations, ResidentService residents) {
        this.activities = activities;
        this.strategy = strategy;
        this.bookings = bookings;
        this.registers = registers;
        this.connections = connections;
        this.organisations = organisations;
        this.residents = residents;
    }

    private record Plan(String title, String programme, String type, String organisation, String venue, String ward,
                        Set<TargetGroup> groups, Integer capacity, boolean volunteering, boolean dropIn, Frequency frequency,
                        DayOfWeek day, LocalTime start, int minutes) {
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (!activities.page(MARKER, 0, 1).isEmpty()) {
                log.info("Activities demo data already loaded; nothing added");
                return;
            }
            var people = residents.search(ResidentFilter.none(), 0, 300);
            var victor = residents.search(new ResidentFilter("Volunteer", null, null, null), 0, 5).stream()
                    .filter(r -> r.displayName().startsWith("Victor")).findFirst();
            if (people.size() < 30 || victor.isEmpty()) {
                log.info("Activities demo data skipped: the core demo residents are not there");
                return;
            }
            long started = System.currentTimeMillis();
            int sessions = 0;
            for (Plan plan : plans()) {
                sessions += load(plan, people, victor.get());
            }
            connect(people);
            log.info("Activities demo data loaded: {} sessions in {} ms", sessions, System.currentTimeMillis() - started);
        });
    }

    private List<Plan> plans() {
        String team = "City of London Corporation Community Engagement Team";
        return List.of(
                new Plan("Golden Lane Community Builders coffee morning", "Community Builders", "Community Builders group", team,
                        "Golden Lane Community Centre", CRIPPLEGATE, Set.of(TargetGroup.OLDER_PEOPLE, TargetGroup.SOCIALLY_ISOLATED),
                        20, false, false, Frequency.WEEKLY, DayOfWeek.TUESDAY, LocalTime.of(10, 30), 90),
                new Plan("Mansell Street residents' walking group", "Community Builders", "Community Builders group", team,
                        "Mansell Street Estate, meet at the community room", PORTSOKEN, Set.of(TargetGroup.EVERYONE),
                        null, false, false, Frequency.WEEKLY, DayOfWeek.THURSDAY, LocalTime.of(11, 0), 60),
                new Plan("One-to-one IT help", "Library services", "One-to-one IT help", "Barbican Library",
                        "Barbican Library, Silk Street", CRIPPLEGATE, Set.of(TargetGroup.OLDER_PEOPLE, TargetGroup.JOB_SEEKERS),
                        4, false, false, Frequency.WEEKLY, DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), 60),
                new Plan("CV builder", "Library services", "CV builder", "Artizan Street Library and Community Centre",
                        "Artizan Street Library", PORTSOKEN, Set.of(TargetGroup.JOB_SEEKERS),
                        8, false, false, Frequency.FORTNIGHTLY, DayOfWeek.MONDAY, LocalTime.of(10, 0), 120),
                new Plan("Speaking English with confidence", "Library services", "Speaking English with confidence",
                        "Artizan Street Library and Community Centre", "Artizan Street Library", PORTSOKEN,
                        Set.of(TargetGroup.ENGLISH_LEARNERS, TargetGroup.YOUNG_BANGLADESHI_WOMEN), 12, false, false,
                        Frequency.WEEKLY, DayOfWeek.FRIDAY, LocalTime.of(10, 0), 90),
                new Plan("Rhyme time and stories", "Library services", "Literacy for children", "Barbican Library",
                        "Barbican Children's Library", CRIPPLEGATE, Set.of(TargetGroup.CHILDREN, TargetGroup.FAMILIES),
                        null, false, true, Frequency.WEEKLY, DayOfWeek.THURSDAY, LocalTime.of(10, 30), 45),
                new Plan("Maths and science club", "Library services", "Maths and science club",
                        "Artizan Street Library and Community Centre", "Artizan Street Library", PORTSOKEN,
                        Set.of(TargetGroup.CHILDREN, TargetGroup.YOUNG_PEOPLE_SEND), 15, false, false,
                        Frequency.WEEKLY, DayOfWeek.WEDNESDAY, LocalTime.of(16, 0), 60),
                new Plan("Universal Credit support", "Library services", "Universal Credit support",
                        "Artizan Street Library and Community Centre", "Artizan Street Library", PORTSOKEN,
                        Set.of(TargetGroup.JOB_SEEKERS), 6, false, false, Frequency.MONTHLY_BY_WEEKDAY, DayOfWeek.TUESDAY,
                        LocalTime.of(13, 0), 120),
                new Plan("Speakers programme: routes into the City", "Library services", "Speakers programme", "Barbican Library",
                        "Barbican Library, Silk Street", CRIPPLEGATE, Set.of(TargetGroup.YOUNG_PEOPLE, TargetGroup.JOB_SEEKERS),
                        40, false, false, Frequency.MONTHLY_BY_WEEKDAY, DayOfWeek.THURSDAY, LocalTime.of(18, 30), 90),
                new Plan("Aldgate Square Festival", "Community events", "Community event", "Aldgate Community Events CIC",
                        "Aldgate Square", PORTSOKEN, Set.of(TargetGroup.EVERYONE, TargetGroup.FAMILIES), null, false, true,
                        Frequency.ONCE, DayOfWeek.SATURDAY, LocalTime.of(12, 0), 300),
                new Plan("Healthy cooking on a budget", "Healthy cooking", "Healthy cooking class", "Toynbee Hall",
                        "Middlesex Street Estate community kitchen", PORTSOKEN, Set.of(TargetGroup.FAMILIES, TargetGroup.SOCIALLY_ISOLATED),
                        10, false, false, Frequency.WEEKLY, DayOfWeek.MONDAY, LocalTime.of(18, 0), 120),
                new Plan(MARKER, "Time Credits", "Volunteering", "Toynbee Hall", "Golden Lane Estate allotments", CRIPPLEGATE,
                        Set.of(TargetGroup.EVERYONE), 12, true, false, Frequency.WEEKLY, DayOfWeek.SATURDAY, LocalTime.of(10, 0), 180));
    }

    private int load(Plan p, List<ResidentSummary> people, ResidentSummary victor) {
        var org = organisations.findByName(p.organisation());
        if (org.isEmpty()) {
            return 0;
        }
        long activity = activities.save(new ActivityForm(null, 0, p.title(), ReferenceIds.id(strategy, StrategyKind.PROGRAMME, p.programme()),
                ReferenceIds.id(strategy, StrategyKind.TYPE, p.type()), org.get().id(), p.venue(), p.ward(), p.groups(), p.capacity(),
                p.volunteering(), p.dropIn(), null));
        LocalDate today = LocalDate.now();
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        LocalDate termStart = LocalDate.of(year, 9, 7);
        LocalDate first = p.frequency() == Frequency.MONTHLY_BY_WEEKDAY
                ? termStart.withDayOfMonth(1).with(TemporalAdjusters.firstInMonth(p.day()))
                : termStart.with(TemporalAdjusters.nextOrSame(p.day()));
        var halfTerm = new HashSet<LocalDate>();
        for (LocalDate d = LocalDate.of(year, 10, 26); !d.isAfter(LocalDate.of(year, 10, 30)); d = d.plusDays(1)) {
            halfTerm.add(d);
        }
        var rule = new Recurrence(p.frequency(), first, LocalDate.of(year, 12, 18), p.start(), p.minutes(),
                p.frequency() == Frequency.WEEKLY || p.frequency() == Frequency.FORTNIGHTLY ? halfTerm : Set.of());
        var sessionIds = activities.schedule(activity, rule);
        var regulars = pick(people, p.capacity() == null ? 12 : Math.min(p.capacity() + 3, 16));
        if (p.volunteering()) {
            regulars.addFirst(victor);
        }
        for (long session : sessionIds) {
            var s = activities.session(session).orElseThrow();
            if (p.dropIn()) {
                if (s.date().isBefore(today)) {
                    var counts = new EnumMap<AgeBand, Integer>(AgeBand.class);
                    for (AgeBand band : AgeBand.values()) {
                        counts.put(band, random.nextInt(p.frequency() == Frequency.ONCE ? 120 : 8));
                    }
                    registers.saveHeadcounts(session, counts);
                }
                continue;
            }
            var marks = new ArrayList<RegisterMark>();
            for (ResidentSummary r : regulars) {
                boolean always = p.volunteering() && r.id() == victor.id();
                if (!always && random.nextInt(10) < 4) {
                    continue;
                }
                var booking = bookings.book(session, r.id());
                if (booking.status() == BookingStatus.BOOKED && s.date().isBefore(today)) {
                    int roll = random.nextInt(20);
                    marks.add(RegisterMark.of(r.id(), always || roll < 16 ? Mark.PRESENT : roll < 18 ? Mark.LATE : Mark.ABSENT));
                }
            }
            if (s.date().isBefore(today) && !marks.isEmpty()) {
                registers.save(session, marks);
            }
        }
        return sessionIds.size();
    }

    private void connect(List<ResidentSummary> people) {
        var groups = activities.page("Community Builders", 0, 5);
        var coffee = activities.page("coffee morning", 0, 1).stream().findFirst();
        LocalDate today = LocalDate.now();
        for (ResidentSummary r : pick(people, 18)) {
            LocalDate on = today.minusDays(20 + random.nextInt(80));
            int first = 3 + random.nextInt(3);
            boolean reviewed = random.nextInt(3) > 0;
            connections.save(new ConnectionForm(null, r.id(), coffee.map(ActivitySummary::id).orElse(groups.isEmpty() ? null : groups.getFirst().id()),
                    coffee.isEmpty() && groups.isEmpty() ? "Golden Lane knit and natter" : null, on, first,
                    reviewed ? Math.max(1, first - random.nextInt(3)) : null, reviewed ? on.plusDays(42) : null, null));
        }
    }

    private List<ResidentSummary> pick(List<ResidentSummary> people, int n) {
        var copy = new ArrayList<>(people);
        java.util.Collections.shuffle(copy, random);
        return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
    }

    /** Reference ids by name: the seeded names, looked up rather than assumed. */
    private static final class ReferenceIds {
        static long id(StrategyService strategy, StrategyKind kind, String name) {
            return strategy.list(kind, false).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
        }
    }
}
