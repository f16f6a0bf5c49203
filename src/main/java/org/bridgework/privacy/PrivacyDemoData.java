package org.bridgework.privacy;

import org.bridgework.consent.ConsentPurpose;
import org.bridgework.consent.ConsentService;
import org.bridgework.consent.LawfulBasis;
import org.bridgework.consent.NewConsent;
import org.bridgework.consent.RecordedHow;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
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
import java.util.List;
import java.util.Random;

/**
 * Demo consents (most residents agree to hear about events; a few have withdrawn; some share with Toynbee Hall)
 * and equality answers for part of the demo population. Idempotent: any consent on record means it has run.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "bridgework.demo-data.enabled", havingValue = "true")
class PrivacyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PrivacyDemoData.class);
    private static final RecordedHow[] HOW = {RecordedHow.PAPER_FORM, RecordedHow.PAPER_FORM, RecordedHow.VERBAL_IN_PERSON,
            RecordedHow.ONLINE_FORM, RecordedHow.TELEPHONE};

    private final ConsentService consents;
    private final EqualityMonitoringService equality;
    private final ResidentService residents;
    private final OrganisationService organisations;

    PrivacyDemoData(ConsentService consents, EqualityMonitoringService equality, ResidentService residents,
                    OrganisationService organisations) {
        this.consents = consents;
        this.equality = equality;
        this.residents = residents;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.run(() -> {
            if (!consents.activeCountsByPurpose().isEmpty()) {
                return;
            }
            var random = new Random(org.bridgework.demo.DemoData.SEED + 50);
            Long toynbee = organisations.findByName("Toynbee Hall").map(OrganisationDetails::id).orElse(null);
            List<ResidentSummary> people = residents.search(ResidentFilter.none(), 0, 200);
            int recorded = 0;
            for (ResidentSummary r : people) {
                LocalDate given = LocalDate.now().minusDays(30 + random.nextInt(900));
                if (random.nextInt(10) < 8) {
                    var c = consent(r, ConsentPurpose.CONTACT_ABOUT_EVENTS, null, given, random);
                    recorded++;
                    if (random.nextInt(12) == 0) {
                        consents.withdraw(c, given.plusDays(10 + random.nextInt(20)), RecordedHow.EMAIL);
                    }
                }
                if (random.nextInt(4) == 0) {
                    consent(r, ConsentPurpose.TIME_CREDITS_MEMBERSHIP, null, given, random);
                    recorded++;
                }
                if (toynbee != null && random.nextInt(8) == 0) {
                    consent(r, ConsentPurpose.SHARE_WITH_PARTNER, toynbee, given, random);
                    recorded++;
                }
                if (random.nextInt(10) < 6) {
                    equality.save(r.id(), answers(random));
                }
            }
            log.info("Demo consents recorded: {} for {} residents", recorded, people.size());
        });
    }

    private long consent(ResidentSummary r, ConsentPurpose purpose, Long organisationId, LocalDate given, Random random) {
        return consents.record(new NewConsent(r.id(), purpose, organisationId, LawfulBasis.CONSENT, given,
                HOW[random.nextInt(HOW.length)], null)).id();
    }

    /** Roughly the City's Census 2021 shape; "prefer not to say" is common, as it is in real returns. */
    private static EqualityAnswers answers(Random random) {
        return new EqualityAnswers(0, pick(random, Ethnicity.values(), Ethnicity.WHITE_BRITISH, Ethnicity.WHITE_OTHER,
                Ethnicity.ASIAN_BANGLADESHI, Ethnicity.ASIAN_CHINESE),
                pick(random, Disability.values(), Disability.NO, Disability.NO, Disability.NO),
                pick(random, Sex.values(), Sex.FEMALE, Sex.MALE, Sex.FEMALE, Sex.MALE),
                pick(random, GenderSameAsBirth.values(), GenderSameAsBirth.YES, GenderSameAsBirth.YES, GenderSameAsBirth.YES),
                pick(random, SexualOrientation.values(), SexualOrientation.STRAIGHT, SexualOrientation.STRAIGHT),
                pick(random, Religion.values(), Religion.NO_RELIGION, Religion.CHRISTIAN, Religion.MUSLIM));
    }

    /** Usually one of the common answers, sometimes any answer, sometimes not answered at all. */
    @SafeVarargs
    private static <T> T pick(Random random, T[] all, T... common) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            return null;
        }
        return roll < 7 ? common[random.nextInt(common.length)] : all[random.nextInt(all.length)];
    }
}
