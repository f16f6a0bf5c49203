package org.bridgework.timecredits;

import org.bridgework.IntegrationTest;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerTest extends IntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired HoursService hoursService;
    @Autowired OfferService offerService;
    CreditTestSupport credits;
    @Autowired ResidentCreditsService residentCredits;
    @Autowired ReversalService reversals;
    @Autowired LedgerIntegrityService integrity;
    @Autowired Ledger ledger;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @BeforeEach
    void support() {
        credits = new CreditTestSupport(fixtures, hoursService, offerService);
    }

    @Test
    void issuingPostsBalancedEntriesAndTheDatabaseRefusesToEditThem() {
        var volunteer = credits.volunteerResident();
        var hours = credits.earn(volunteer.id(), null, 120);
        long tx = jdbc.sql("select transaction_id from tc_hours where id = ?").param(hours.id()).query(Long.class).single();
        assertThat(jdbc.sql("select sum(amount) from tc_entry where transaction_id = ?").param(tx).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from tc_entry where transaction_id = ?").param(tx).query(Integer.class).single()).isEqualTo(2);

        assertThatThrownBy(() -> jdbc.sql("update tc_entry set amount = 99 where transaction_id = ?").param(tx).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from tc_entry where transaction_id = ?").param(tx).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update tc_transaction set reason = 'x' where id = ?").param(tx).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from tc_transaction where id = ?").param(tx).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update tc_account set membership_number = 'TC-AAAA-AAAA-AAAA' where kind = 'VOLUNTEER' and owner_id = ?")
                .param(volunteer.id()).update()).hasMessageContaining("Only the cached balance");
        assertThatThrownBy(() -> jdbc.sql("delete from tc_account where owner_id = ?").param(volunteer.id()).update())
                .hasMessageContaining("never deleted");

        fixtures.signInAs(Role.OFFICER);
        assertThat(residentCredits.balance(volunteer.id())).isEqualTo(2);
    }

    @Test
    void anAccountCreatedInARolledBackTransactionIsNotRememberedAndIsCreatedAgain() {
        long owner = 900_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        var rolledBack = new java.util.concurrent.atomic.AtomicLong();
        var inTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        inTransaction.executeWithoutResult(status -> {
            ledger.account(AccountKind.SPEND_PARTNER, owner);
            // the second call finds this transaction's own new row: remembering it now would outlive the rollback
            rolledBack.set(ledger.account(AccountKind.SPEND_PARTNER, owner));
            status.setRollbackOnly();
        });
        long id = inTransaction.execute(status -> ledger.account(AccountKind.SPEND_PARTNER, owner));
        assertThat(jdbc.sql("select count(*) from tc_account where id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(id).isNotEqualTo(rolledBack.get());
        Long remembered = inTransaction.execute(status -> ledger.account(AccountKind.SPEND_PARTNER, owner));
        assertThat(remembered).isEqualTo(id);
    }

    @Test
    void aVolunteerAccountCannotGoNegativeEvenByRawSql() {
        var volunteer = credits.volunteerResident();
        credits.earn(volunteer.id(), null, 60);
        assertThatThrownBy(() -> jdbc.sql("update tc_account set balance = -5 where kind = 'VOLUNTEER' and owner_id = ?")
                .param(volunteer.id()).update()).isNotNull();
    }

    @Test
    void aReversalNegatesTheOriginalOnceAndNeedsAReason() {
        var volunteer = credits.volunteerResident();
        var hours = credits.earn(volunteer.id(), null, 180);
        long tx = jdbc.sql("select transaction_id from tc_hours where id = ?").param(hours.id()).query(Long.class).single();
        fixtures.signInAs(Role.OFFICER);
        assertThatThrownBy(() -> reversals.reverse(tx, "typo")).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.MANAGER);
        assertThatThrownBy(() -> reversals.reverse(tx, " ")).isInstanceOf(InvalidInputException.class);
        long reversal = reversals.reverse(tx, "Logged against the wrong volunteer");
        assertThat(jdbc.sql("select reverses_id from tc_transaction where id = ?").param(reversal).query(Long.class).single()).isEqualTo(tx);
        assertThat(residentCredits.balance(volunteer.id())).isZero();
        assertThatThrownBy(() -> reversals.reverse(tx, "again")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already been reversed");
        assertThat(jdbc.sql("select status from tc_hours where id = ?").param(hours.id()).query(String.class).single()).isEqualTo("REJECTED");
    }

    @Test
    void theIntegrityCheckReportsACorruptedCachedBalanceAndChangesNothing() {
        var volunteer = credits.volunteerResident();
        credits.earn(volunteer.id(), null, 60);
        fixtures.signInAs(Role.ADMIN);
        assertThat(integrity.check().differences()).noneMatch(d -> d.ownerId() == volunteer.id() && d.kind() == AccountKind.VOLUNTEER);

        jdbc.sql("update tc_account set balance = balance + 7 where kind = 'VOLUNTEER' and owner_id = ?").param(volunteer.id()).update();
        try {
            var report = integrity.check();
            assertThat(report.sound()).isFalse();
            assertThat(report.differences()).anySatisfy(d -> {
                assertThat(d.ownerId()).isEqualTo(volunteer.id());
                assertThat(d.cachedBalance()).isEqualTo(8);
                assertThat(d.entriesBalance()).isEqualTo(1);
            });
            assertThat(jdbc.sql("select balance from tc_account where kind = 'VOLUNTEER' and owner_id = ?")
                    .param(volunteer.id()).query(Long.class).single()).isEqualTo(8);
        } finally {
            // put the shared database back, so other classes' checks see a sound ledger
            jdbc.sql("update tc_account set balance = balance - 7 where kind = 'VOLUNTEER' and owner_id = ?").param(volunteer.id()).update();
        }
        fixtures.signInAs(Role.MANAGER);
        assertThatThrownBy(() -> integrity.check()).isInstanceOf(AccessDeniedException.class);
    }
}
