package org.bridgework.opportunities;

import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** City employers' apprenticeships, placements and courses, with a few referrals, progression records and a levy pledge. */
@Component
@Order(40)
@ConditionalOnProperty(name = "bridgework.demo-data.enabled", havingValue = "true")
class DemoOpportunities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOpportunities.class);
    static final String MARKER = "Lloyd's market apprenticeship";

    private final OpportunityService opportunities;
    private final ApplicationService applications;
    private final MatchingService matching;
    private final ProgressionService progression;
    private final LevyService levy;
    private final OrganisationService organisations;
    private final ResidentService residents;

    DemoOpportunities(OpportunityService opportunities, ApplicationService applications, MatchingService matching,
                      ProgressionService progression, LevyService levy, OrganisationService organisations,
                      ResidentService residents) {
        this.opportunities = opportunities;
        this.applications = applications;
        this.matching = matching;
        this.progression = progression;
        this.levy = levy;
        this.organisations = organisations;
        this.residents = residents;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (!opportunities.search(new OpportunityFilter(MARKER, null, null, null, null, null, null, null), 0, 1).isEmpty()) {
                log.info("Demo opportunities already loaded; nothing added");
                return;
            }
            load();
        });
    }

    private void load() {
        var lloyds = employer("Lloyd's of London", "GB-COH-00000107", "E05009307", "Insurance market; apprenticeships and work experience");
        var law = employer("Fleet Street Legal LLP", "GB-COH-OC301122", "E05009304", "Commercial law firm; school leaver work experience");
        var barbican = employer("Barbican Centre", "GB-COH-00000201", "E05009302", "Arts centre; traineeships in production and front of house");
        var city = employer("City of London Corporation", "GB-COH-00000301", "E05009298", "Employer of apprentices at levels 2 to 6");
        var bootcamp = employer("CodeBridge Academy Ltd", "GB-COH-12876543", "E05009292", "Coding bootcamp for career changers");
        var printers = employer("Leadenhall Print Co Ltd", "GB-COH-09123456", "E05009307", "Small print and design studio");

        LocalDate sept = LocalDate.of(LocalDate.now().getYear() + 1, 9, 1);
        var created = new ArrayList<Opportunity>();
        created.add(add(lloyds.id(), MARKER, OpportunityType.APPRENTICESHIP, 3, Sector.FINANCIAL_SERVICES, "One Lime Street",
                "E05009307", sept, sept.plusMonths(18), 6, 16, null, false, false, 2450, "Apply through the Lloyd's careers site; ask your officer for a referral."));
        created.add(add(lloyds.id(), "Insurance work experience week", OpportunityType.WORK_EXPERIENCE, null, Sector.FINANCIAL_SERVICES,
                "One Lime Street", "E05009307", LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(2).plusDays(4), 12, 15, 18,
                false, true, null, "Your school or your officer can refer you."));
        created.add(add(law.id(), "Legal work experience for school leavers", OpportunityType.WORK_EXPERIENCE, null, Sector.LEGAL,
                "Fleet Street", "E05009304", LocalDate.now().plusMonths(3), LocalDate.now().plusMonths(3).plusDays(9), 8, 16, 19,
                false, false, 1500, "Email the graduate recruitment team with a short note about why law interests you."));
        created.add(add(barbican.id(), "Production and front of house traineeship", OpportunityType.TRAINEESHIP, null, Sector.CREATIVE_ARTS,
                "Silk Street", "E05009302", sept, sept.plusMonths(6), 10, 16, 24, false, false, 1420, "Apply on the Barbican jobs page."));
        int[] levels = {2, 3, 4, 5, 6};
        String[] cityTitles = {"Customer service apprentice (Guildhall)", "Business administration apprentice",
                "Digital support technician apprentice", "Operations manager apprentice", "Chartered surveyor degree apprentice"};
        Sector[] citySectors = {Sector.PUBLIC_SERVICES, Sector.PUBLIC_SERVICES, Sector.TECHNOLOGY, Sector.PUBLIC_SERVICES, Sector.CONSTRUCTION};
        for (int i = 0; i < levels.length; i++) {
            created.add(add(city.id(), cityTitles[i], OpportunityType.APPRENTICESHIP, levels[i], citySectors[i], "Guildhall",
                    "E05009298", sept, sept.plusYears(levels[i] >= 5 ? 3 : 1), 2, 16, null, false, i < 2, 1480 + 120 * i,
                    "Apply on the City of London Corporation jobs site; City residents and care leavers are guaranteed an interview."));
        }
        created.add(add(bootcamp.id(), "12-week software development bootcamp", OpportunityType.TRAINING_COURSE, null, Sector.TECHNOLOGY,
                "Bishopsgate", "E05009292", LocalDate.now().plusMonths(1), LocalDate.now().plusMonths(4), 20, 19, null, false, false,
                null, "Book an information evening on the CodeBridge website."));
        var printApprentice = add(printers.id(), "Print and design apprentice", OpportunityType.APPRENTICESHIP, 2, Sector.CREATIVE_ARTS,
                "Leadenhall Market", "E05009307", sept, sept.plusYears(1), 1, 16, 24, false, false, 1420, "Ring the studio manager.");
        created.add(printApprentice);
        created.add(add(lloyds.id(), "Mentoring for care leavers", OpportunityType.MENTORING, null, Sector.FINANCIAL_SERVICES,
                "One Lime Street", "E05009307", null, null, 10, 18, 25, true, false, null, "Your leaving care worker can refer you."));
        created.add(add(city.id(), "Supported internship (Guildhall School)", OpportunityType.SUPPORTED_INTERNSHIP, null, Sector.PUBLIC_SERVICES,
                "Barbican", "E05009302", sept, sept.plusMonths(10), 4, 16, 24, false, true, null, "Referral through the SEND team."));
        created.forEach(o -> opportunities.publish(o.id()));

        levy.pledge(new LevyPledge(null, lloyds.id(), printers.id(), 18000, 6500, LocalDate.now().minusMonths(3),
                List.of(printApprentice.id())));
        levy.pledge(new LevyPledge(null, city.id(), barbican.id(), 40000, 12000, LocalDate.now().minusMonths(8), List.of()));

        var people = residents.search(ResidentFilter.none(), 0, 40);
        Sector[] interests = {Sector.FINANCIAL_SERVICES, Sector.TECHNOLOGY, Sector.CREATIVE_ARTS, Sector.PUBLIC_SERVICES, Sector.LEGAL};
        int referrals = 0;
        for (int i = 0; i < people.size(); i++) {
            ResidentSummary r = people.get(i);
            matching.recordInterest(r.id(), interests[i % interests.length], i % 3 == 0 ? OpportunityType.APPRENTICESHIP : null, i % 7 == 0);
            if (i < 12) {
                referrals += refer(created, r, i);
            }
            if (i < 24) {
                progress(r, created.get(i % created.size()), i);
            }
        }
        log.info("Demo opportunities loaded: {} opportunities, {} referrals", created.size(), referrals);
    }

    private int refer(List<Opportunity> created, ResidentSummary r, int i) {
        var o = created.get(i % created.size());
        try {
            var a = applications.refer(o.id(), r.id(), LocalDate.now().minusDays(60 - i));
            ApplicationStep[] path = {ApplicationStep.APPLIED, ApplicationStep.INTERVIEW, ApplicationStep.OFFERED, ApplicationStep.STARTED};
            for (int s = 0; s < i % 5; s++) {
                a = applications.moveTo(a.id(), a.version(), path[s], LocalDate.now().minusDays(50 - i - s * 7), null);
            }
            if (i % 6 == 5) {
                applications.moveTo(a.id(), a.version(), ApplicationStep.WITHDRAWN, LocalDate.now().minusDays(5), "Found a job elsewhere");
            }
            return 1;
        } catch (org.bridgework.platform.InvalidInputException notEligible) {
            return 0;
        }
    }

    private void progress(ResidentSummary r, Opportunity o, int i) {
        LocalDate first = LocalDate.now().minusMonths(14).plusDays(i);
        boolean lowPaid = i % 4 != 3;
        progression.record(new Progression(null, r.id(), o.id(), Checkpoint.FIRST_CONTACT, lowPaid ? EmploymentStatus.EMPLOYED
                : EmploymentStatus.UNEMPLOYED, lowPaid ? PayBand.UNDER_12 : PayBand.NO_PAY, false, first));
        boolean movedUp = i % 3 != 2;
        progression.record(new Progression(null, r.id(), o.id(), Checkpoint.SIX_MONTHS, EmploymentStatus.EMPLOYED,
                movedUp ? PayBand.FROM_14_TO_15_99 : PayBand.FROM_12_TO_13_99, movedUp, first.plusMonths(6)));
        if (i % 2 == 0) {
            progression.record(new Progression(null, r.id(), o.id(), Checkpoint.TWELVE_MONTHS, EmploymentStatus.EMPLOYED,
                    PayBand.FROM_16_TO_19_99, true, first.plusMonths(12)));
        }
    }

    private Opportunity add(long org, String title, OpportunityType type, Integer level, Sector sector, String location, String ward,
                            LocalDate start, LocalDate end, int places, Integer minAge, Integer maxAge, boolean careLeavers,
                            boolean cityOnly, Integer ratePence, String howToApply) {
        return opportunities.save(new Opportunity(null, 0, org, title, type, level, sector, location, ward, start, end, places,
                minAge, maxAge, careLeavers, cityOnly, null, ratePence, false, howToApply, OpportunityStatus.DRAFT));
    }

    private OrganisationDetails employer(String name, String orgId, String ward, String services) {
        return organisations.findByName(name).orElseGet(() -> organisations.save(new OrganisationDetails(null, 0, name,
                OrganisationType.BUSINESS, orgId.substring(7), orgId, null, null, ward, null, null, null, services,
                false, false, true)));
    }
}
