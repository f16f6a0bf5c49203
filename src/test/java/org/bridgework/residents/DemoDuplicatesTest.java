package org.bridgework.residents;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.bridgework.security.SystemUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDuplicatesTest extends IntegrationTest {

    @Autowired
    ResidentService residents;
    @Autowired
    ResidentRepository repository;

    @Test
    void demoDuplicatesAreFoundAsDuplicatesAndAreAddedOnlyOnce() {
        for (int i = 0; i < 25; i++) {
            fixtures.resident("Demo", ResidentTestData.name());
        }
        var loader = new DemoDuplicates(residents, repository);
        loader.run(null);
        long added = repository.count();
        loader.run(null);
        assertThat(repository.count()).isEqualTo(added);

        fixtures.signInAs(Role.OFFICER);
        var copies = repository.findAll().stream().filter(r -> DemoDuplicates.MARKER.equals(r.notes)).toList();
        assertThat(copies).hasSize(3);
        for (var copy : copies) {
            assertThat(residents.findLikelyDuplicates(SystemUser.call(() -> residents.open(copy.id).orElseThrow())))
                    .as(copy.displayName()).isNotEmpty();
        }
    }
}
