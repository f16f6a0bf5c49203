package org.bridgework.activities;

import org.bridgework.IntegrationTest;
import org.bridgework.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Parallel bookings and cancellations on one small session: never overbooked, and the waiting list keeps its order. */
class BookingConcurrencyTest extends IntegrationTest {

    private static final int CAPACITY = 5;
    private static final int NEW_BOOKERS = 20;
    private static final int CANCELLERS = 4;

    @Autowired
    ActivityService activities;
    @Autowired
    StrategyService strategy;
    @Autowired
    BookingService bookings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void parallelBookingsAndCancellationsNeverOverbookAndPromoteInOrder() throws Exception {
        fixtures.signInAs(Role.OFFICER);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        long session = TestActivities.session(activities, TestActivities.activity(activities, strategy,
                fixtures.organisation("Library").id(), CAPACITY, false), LocalDate.of(2026, 10, 14));
        var early = new ArrayList<BookingDetails>();
        for (int i = 0; i < CAPACITY + 3; i++) {
            early.add(bookings.book(session, fixtures.resident("Early", "Booker" + i).id()));
        }
        assertThat(early).extracting(BookingDetails::status).containsOnly(BookingStatus.BOOKED, BookingStatus.WAITING);
        assertThat(early.stream().filter(b -> b.status() == BookingStatus.WAITING)).extracting(BookingDetails::waitingPosition)
                .containsExactly(1, 2, 3);
        var newResidents = new ArrayList<Long>();
        for (int i = 0; i < NEW_BOOKERS; i++) {
            newResidents.add(fixtures.resident("Late", "Booker" + i).id());
        }

        var pool = Executors.newFixedThreadPool(NEW_BOOKERS + CANCELLERS);
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Future<?>>();
        for (long resident : newResidents) {
            tasks.add(pool.submit(() -> asUser(auth, start, () -> bookings.book(session, resident))));
        }
        for (int i = 0; i < CANCELLERS; i++) {
            long booking = early.get(i).id();
            tasks.add(pool.submit(() -> asUser(auth, start, () -> bookings.cancel(booking))));
        }
        start.countDown();
        for (Future<?> f : tasks) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        var all = bookings.bookings(session);
        assertThat(all.stream().filter(b -> b.status() == BookingStatus.BOOKED)).hasSize(CAPACITY);
        assertThat(all.stream().filter(b -> b.status() == BookingStatus.CANCELLED)).hasSize(CANCELLERS);
        assertThat(all.stream().filter(b -> b.status() == BookingStatus.WAITING))
                .hasSize(CAPACITY + 3 + NEW_BOOKERS - CANCELLERS - CAPACITY);
        assertThat(all).extracting(BookingDetails::residentId).doesNotHaveDuplicates();

        // a freed place always went to the head of the list: everyone promoted asked before everyone still waiting
        List<Long> promoted = jdbc.sql("select id from session_booking where session_id = ? and promoted_at is not null")
                .param(session).query(Long.class).list();
        List<Long> waiting = jdbc.sql("select id from session_booking where session_id = ? and status = 'WAITING'")
                .param(session).query(Long.class).list();
        assertThat(promoted).hasSizeBetween(CANCELLERS - 1, CANCELLERS);
        assertThat(promoted.stream().mapToLong(Long::longValue).max().orElseThrow())
                .isLessThan(waiting.stream().mapToLong(Long::longValue).min().orElseThrow());
        assertThat(early.subList(CAPACITY, CAPACITY + 3)).extracting(BookingDetails::id).isSubsetOf(promoted);
        for (long id : promoted) {
            assertThat(jdbc.sql("select count(*) from outbox_message where booking_id = ? and kind = 'PROMOTED'")
                    .param(id).query(Integer.class).single()).isEqualTo(1);
        }
        // the waiting positions shown are 1..n in the order people asked
        assertThat(all.stream().filter(b -> b.status() == BookingStatus.WAITING).map(BookingDetails::waitingPosition).toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, waiting.size()).boxed().toList());
    }

    private static Object asUser(org.springframework.security.core.Authentication auth, CountDownLatch start, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            start.await();
            work.run();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
