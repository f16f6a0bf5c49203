package org.bridgework;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.junit.jupiter.api.AfterEach;

/** Service and repository tests against a real MariaDB, with a Spring context shared across classes. */
@SpringBootTest(properties = {"bridgework.demo-data.enabled=false", "bridgework.residents.grid-warm-up=false",
        "bridgework.reports.reach-refresh=false"})
@Import(TestFixtures.class)
public abstract class IntegrationTest {

    @Autowired
    protected TestFixtures fixtures;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
