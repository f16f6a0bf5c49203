package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Only residents who agreed to be contacted are sent anything; the rest are recorded as suppressed. */
class ContactConsentTest extends IntegrationTest {

    private static final String BEAN = "contactConsentTestRule";
    private final Set<Long> consenting = ConcurrentHashMap.newKeySet();

    /** Ordered first, so it wins over the consent feature's own rule where that is present. */
    private final class TestRule implements ContactConsent, Ordered {
        @Override
        public boolean mayContact(long residentId) {
            return consenting.contains(residentId);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @Autowired
    ConfigurableApplicationContext context;

    // registered into the shared context for this test only: a second context would split Spring Security's holder
    @BeforeEach
    void installRule() {
        context.getBeanFactory().registerSingleton(BEAN, new TestRule());
    }

    @AfterEach
    void removeRule() {
        ((DefaultListableBeanFactory) context.getBeanFactory()).destroySingleton(BEAN);
    }

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    OutboxService outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    ResidentService residents;

    @Test
    void messagesGoOnlyToResidentsWhoConsented() {
        fixtures.signInAs(Role.OFFICER);
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Library").id(), 10, false), LocalDate.of(2026, 10, 20));
        long agreed = withEmail("Agnes", "Agreed");
        long declined = withEmail("Dora", "Declined");
        consenting.add(agreed);

        bookings.book(session, agreed);
        bookings.book(session, declined);

        assertThat(outbox.forResident(agreed)).singleElement().satisfies(m -> assertThat(m.status()).isIn("PENDING", "HELD"));
        assertThat(outbox.forResident(declined)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("SUPPRESSED");
            assertThat(m.reason()).contains("not agreed");
        });

        fixtures.signInAs(Role.ADMIN);
        dispatcher.dispatchPending();
        // mail is off in tests: the consented message is held with its address, showing what would have gone
        assertThat(outbox.forResident(agreed)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("HELD");
            assertThat(m.recipient()).isEqualTo("agnes.agreed@example.org");
        });
        assertThat(outbox.forResident(declined)).singleElement().satisfies(m -> assertThat(m.recipient()).isNull());
    }

    private long withEmail(String given, String family) {
        return residents.create(new ResidentForm(null, 0, given, family, null, LocalDate.of(1970, 1, 1), null,
                given.toLowerCase() + "." + family.toLowerCase() + "@example.org", null, null, "London", null, "E05009288", null,
                null, "English", false, null, null, null, null)).id();
    }
}
