package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.organisations.OrganisationType;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataActivitiesTest extends IntegrationTest {

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    RegisterService registers;
    @Autowired
    ConnectionService connections;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ResidentService residents;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoTermLoadsOnceAndASecondStartAddsNothing() throws Exception {
        for (String name : List.of("City of London Corporation Community Engagement Team", "Barbican Library",
                "Artizan Street Library and Community Centre", "Aldgate Community Events CIC", "Toynbee Hall")) {
            if (SystemUser.call(() -> organisations.findByName(name)).isEmpty()) {
                SystemUser.run(() -> organisations.save(new OrganisationDetails(null, 0, name, OrganisationType.CHARITY, null, null,
                        null, null, null, null, null, null, null, true, true, true)));
            }
        }
        fixtures.resident("Victor", "Volunteer");
        for (int i = 0; i < 30; i++) {
            fixtures.resident("Demo", "Person" + i);
        }
        var loader = new DemoDataActivities(activities, strategy, bookings, registers, connections, organisations, residents);

        loader.run(null);
        int sessionsAfterFirst = count("select count(*) from activity_session");
        int bookingsAfterFirst = count("select count(*) from session_booking");
        loader.run(null);

        assertThat(count("select count(*) from activity_session")).isEqualTo(sessionsAfterFirst);
        assertThat(count("select count(*) from session_booking")).isEqualTo(bookingsAfterFirst);
        fixtures.signInAs(Role.OFFICER);
        var garden = activities.page(DemoDataActivities.MARKER, 0, 1);
        assertThat(garden).singleElement().satisfies(a -> assertThat(a.countsAsVolunteering()).isTrue());
        assertThat(activities.page("Aldgate Square Festival", 0, 1)).hasSize(1);
        assertThat(count("""
                select count(*) from session_attendance t join activity_session s on s.id = t.session_id
                join activity a on a.id = s.activity_id where a.title = 'Golden Lane garden volunteers' and t.status = 'PRESENT'""")).isPositive();
        assertThat(count("select count(*) from session_booking where status = 'WAITING'")).isPositive();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
