package org.bridgework.scale;

import org.bridgework.activities.Frequency;
import org.bridgework.activities.TargetGroup;

import java.util.List;

import static org.bridgework.activities.TargetGroup.*;
import static org.bridgework.scale.ResidentPool.ADULT;
import static org.bridgework.scale.ResidentPool.CHILD;
import static org.bridgework.scale.ResidentPool.OLDER;
import static org.bridgework.scale.ResidentPool.YOUNG;

/**
 * The shapes of activity the programmes run, with how often each is met in the data set, how long it runs,
 * how many usually come, and who. Weights and sizes are estimates from the seed documents' descriptions of
 * Community Builders groups, library sessions, events and Time Credits volunteering.
 */
enum ActivityKind {
    COMMUNITY_GROUP(14, "Community Builders", List.of("Community Builders group"), Frequency.WEEKLY, 0, 12, 90, true, false,
            new int[]{ADULT, ADULT, OLDER}, List.of(SOCIALLY_ISOLATED, EVERYONE),
            List.of("Knit and natter", "Men's shed", "Coffee morning", "Walking group", "Chess club", "Community garden",
                    "Tea and chat", "Sewing circle", "Bengali women's group", "Community choir", "Repair cafe")),
    VOLUNTEERING(14, "Time Credits", List.of("Volunteering"), Frequency.WEEKLY, 0, 8, 150, false, true,
            new int[]{ADULT, ADULT, ADULT, OLDER}, List.of(EVERYONE),
            List.of("Food bank volunteering", "Garden volunteers", "Library volunteers", "Befriending volunteers",
                    "Litter pick", "Community cafe volunteers", "Youth club helpers", "Charity shop volunteers")),
    EVENT(22, "Community events", List.of("Community event", "Community consultation"), Frequency.ONCE, 1, 40, 180, false, false,
            new int[]{CHILD, YOUNG, ADULT, ADULT, ADULT, OLDER}, List.of(EVERYONE, FAMILIES),
            List.of("Summer fair", "Estate fun day", "Winter lights party", "Eid celebration", "Community iftar",
                    "Diwali evening", "Heritage open day", "Health and wellbeing fair", "Residents' meeting")),
    LIBRARY(18, "Library services", List.of("One-to-one IT help", "CV builder", "Speaking English with confidence",
            "Literacy for children", "Maths and science club", "Job application help", "Universal Credit support",
            "Visa and right-to-remain support", "Speakers programme", "Creative and cultural workshop"),
            Frequency.FORTNIGHTLY, 0, 8, 60, false, false, new int[]{ADULT}, List.of(EVERYONE), List.of()),
    YOUTH(8, "Youth services", List.of("Youth club"), Frequency.WEEKLY, 0, 15, 120, true, false,
            new int[]{YOUNG}, List.of(YOUNG_PEOPLE, YOUNG_WOMEN), List.of("Youth club", "Girls' night", "Football club",
            "Music studio", "Homework club")),
    COOKING(8, "Healthy cooking", List.of("Healthy cooking class"), Frequency.WEEKLY, 7, 10, 120, false, false,
            new int[]{ADULT, ADULT, OLDER}, List.of(FAMILIES, EVERYONE), List.of("Cooking on a budget", "Family cookery",
            "Healthy eating course", "Batch cooking")),
    COURSE(8, "Adult skills", List.of("Adult learning course"), Frequency.WEEKLY, 10, 12, 120, false, false,
            new int[]{ADULT}, List.of(JOB_SEEKERS, ENGLISH_LEARNERS), List.of("ESOL beginners", "Digital skills",
            "Maths for work", "Confidence at interview", "Bookkeeping basics")),
    FAMILY(6, "Family support", List.of("Family support session"), Frequency.FORTNIGHTLY, 0, 8, 90, true, false,
            new int[]{CHILD, ADULT}, List.of(FAMILIES), List.of("Stay and play", "Parents' drop-in", "Baby massage",
            "Dads' group")),
    EMPLOYER(2, "Adult skills", List.of("Employer engagement event", "Apprenticeship information session"),
            Frequency.MONTHLY_BY_DATE, 6, 25, 120, false, false, new int[]{YOUNG, ADULT}, List.of(JOB_SEEKERS),
            List.of("Meet the employers", "Apprenticeships evening", "City careers day"));

    final int weight;
    final String programme;
    final List<String> types;
    final Frequency frequency;
    /** Sessions in a course; 0 for a group that runs on (its length then follows its start and end dates). */
    final int courseSessions;
    final int meanAttendance;
    final int minutes;
    final boolean dropIn;
    final boolean volunteering;
    final int[] ageGroups;
    final List<TargetGroup> targetGroups;
    final List<String> titles;
    /** People book a place ahead (events, courses); weekly groups keep a register but only their coming sessions are booked. */
    final boolean bookable;

    ActivityKind(int weight, String programme, List<String> types, Frequency frequency, int courseSessions,
                 int meanAttendance, int minutes, boolean dropIn, boolean volunteering, int[] ageGroups,
                 List<TargetGroup> targetGroups, List<String> titles) {
        this.weight = weight;
        this.programme = programme;
        this.types = types;
        this.frequency = frequency;
        this.courseSessions = courseSessions;
        this.meanAttendance = meanAttendance;
        this.minutes = minutes;
        this.dropIn = dropIn;
        this.volunteering = volunteering;
        this.ageGroups = ageGroups;
        this.targetGroups = targetGroups;
        this.titles = titles;
        this.bookable = frequency == Frequency.ONCE || courseSessions > 0;
    }

    boolean runsOn() {
        return courseSessions == 0;
    }

    /** Library sessions are for the people their type names: children's literacy for children, IT help for older people. */
    static int[] libraryAges(String type) {
        return switch (type) {
            case "Literacy for children" -> new int[]{CHILD};
            case "Maths and science club" -> new int[]{CHILD, YOUNG};
            case "One-to-one IT help" -> new int[]{OLDER, OLDER, ADULT};
            default -> new int[]{ADULT};
        };
    }

    static List<TargetGroup> libraryGroups(String type) {
        return switch (type) {
            case "Literacy for children", "Maths and science club" -> List.of(CHILDREN);
            case "One-to-one IT help" -> List.of(OLDER_PEOPLE, SOCIALLY_ISOLATED);
            case "Speaking English with confidence" -> List.of(ENGLISH_LEARNERS);
            case "CV builder", "Job application help", "Universal Credit support" -> List.of(JOB_SEEKERS);
            default -> List.of(EVERYONE);
        };
    }
}
