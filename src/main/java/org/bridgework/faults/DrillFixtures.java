package org.bridgework.faults;

import org.bridgework.activities.ActivityForm;
import org.bridgework.activities.ActivityService;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.activities.TargetGroup;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.bridgework.security.UserAccountService;
import org.bridgework.timecredits.Audience;
import org.bridgework.timecredits.HoursForm;
import org.bridgework.timecredits.HoursService;
import org.bridgework.timecredits.MyCreditsService;
import org.bridgework.timecredits.Offer;
import org.bridgework.timecredits.OfferService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one drill process works on, made through the app's own services: a venue with a 1-credit offer, members
 * with credits, and a non-volunteering activity with a fixed register of residents. Each process makes its own,
 * named after its tag, so that two instances never share a register and the checker can find every drill row.
 */
@Component
class DrillFixtures {

    static final String ACTIVITY_PREFIX = "Fault drill register ";

    record Fixtures(String tag, BridgeworkUser officer, BridgeworkUser till, long offerId, List<String> cards,
                    long activityId, List<Long> registerResidents) {
    }

    private final UserAccountService users;
    private final OrganisationService organisations;
    private final ResidentService residents;
    private final HoursService hours;
    private final OfferService offers;
    private final MyCreditsService myCredits;
    private final ActivityService activities;
    private final StrategyService strategy;

    DrillFixtures(UserAccountService users, OrganisationService organisations, ResidentService residents, HoursService hours,
                  OfferService offers, MyCreditsService myCredits, ActivityService activities, StrategyService strategy) {
        this.users = users;
        this.organisations = organisations;
        this.residents = residents;
        this.hours = hours;
        this.offers = offers;
        this.myCredits = myCredits;
        this.activities = activities;
        this.strategy = strategy;
    }

    Fixtures create(String tag, int members, int creditsPerMember, int registerSize) {
        OrganisationDetails venue = SystemUser.call(() -> organisations.save(new OrganisationDetails(null, 0,
                "Fault drill venue " + tag, OrganisationType.BUSINESS, null, null, null, null, null, null, null,
                null, "Swimming", true, true, true)));
        BridgeworkUser officer = user("drill-officer-" + tag, Role.OFFICER, null, null);
        BridgeworkUser till = user("drill-till-" + tag, Role.PARTNER, venue.id(), null);
        var cards = new ArrayList<String>();
        for (int m = 0; m < members; m++) {
            long member = resident("Member " + m + " " + tag);
            BridgeworkUser volunteer = user("drill-member-" + m + "-" + tag, Role.VOLUNTEER, null, member);
            Drill.as(officer, () -> {
                // one log is at most a day's hours
                for (int earned = 0; earned < creditsPerMember; earned += 24) {
                    int minutes = Math.min(24, creditsPerMember - earned) * 60;
                    hours.log(new HoursForm(member, venue.id(), "Fault drill volunteering", LocalDate.now().minusDays(1),
                            minutes, "Fault drill"));
                }
                return null;
            });
            cards.add(Drill.as(volunteer, () -> myCredits.overview().membershipNumber()));
        }
        Offer offer = Drill.as(officer, () -> offers.save(new Offer(null, 0, venue.id(), "Drill swim " + tag, null, 1,
                Audience.ALL, 1, LocalDate.now().minusDays(1), null, null, true)));
        long activity = Drill.as(officer, () -> activities.save(new ActivityForm(null, 0, ACTIVITY_PREFIX + tag,
                item(StrategyKind.PROGRAMME, "Community Builders"), item(StrategyKind.TYPE, "Community Builders group"),
                venue.id(), "Golden Lane Community Centre", "E05009288", Set.of(TargetGroup.EVERYONE), null, false, false, null)));
        var register = new ArrayList<Long>();
        for (int r = 0; r < registerSize; r++) {
            register.add(resident("Attendee " + r + " " + tag));
        }
        return new Fixtures(tag, officer, till, offer.id(), List.copyOf(cards), activity, List.copyOf(register));
    }

    private long item(StrategyKind kind, String name) {
        return Drill.asSystem(() -> strategy.list(kind, false).stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow().id());
    }

    private long resident(String lastName) {
        return SystemUser.call(() -> residents.create(new ResidentForm(null, 0, "Drill", lastName, null,
                LocalDate.of(1980, 3, 1), null, null, null, null, "London", "EC2Y 8DS", "E05009288", null, null,
                "English", false, null, null, null, null)).id());
    }

    private BridgeworkUser user(String username, Role role, Long organisationId, Long residentId) {
        return SystemUser.call(() -> users.machineAccount(username, username, role, organisationId, residentId));
    }
}
