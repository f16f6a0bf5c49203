package org.bridgework.activities;

import jakarta.mail.internet.MimeMessage;
import org.bridgework.residents.ResidentForm;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Sends what the outbox holds, outside the transactions that queued it, so that a slow mail server never
 * holds a session's lock. With mail off (the default run) each message is marked HELD: the Outbox view
 * shows what would have been sent. Mail is on with {@code bridgework.mail.enabled=true} and {@code spring.mail.host}.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final JdbcClient jdbc;
    private final ResidentService residents;
    private final ObjectProvider<JavaMailSender> mail;
    private final OutboxService outbox;
    private final Clock clock;
    private final boolean enabled;
    private final String from;

    OutboxDispatcher(JdbcClient jdbc, ResidentService residents, ObjectProvider<JavaMailSender> mail, OutboxService outbox,
                     Clock clock, @Value("${bridgework.mail.enabled:false}") boolean enabled,
                     @Value("${bridgework.mail.from:community.engagement@example.gov.uk}") String from) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.mail = mail;
        this.outbox = outbox;
        this.clock = clock;
        this.enabled = enabled;
        this.from = from;
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public int dispatchPending() {
        var pending = jdbc.sql("select id, resident_id, subject, body from outbox_message where status = 'PENDING' order by id limit 200")
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)}).list();
        for (Object[] m : pending) {
            deliver((Long) m[0], (Long) m[1], (String) m[2], (String) m[3]);
        }
        return pending.size();
    }

    @Scheduled(fixedDelayString = "${bridgework.mail.dispatch-delay:PT1M}", initialDelayString = "PT1M")
    void dispatchOnSchedule() {
        SystemUser.run(this::dispatchPending);
    }

    /** Each morning, tomorrow's reminders join the outbox. */
    @Scheduled(cron = "${bridgework.mail.reminder-cron:0 0 9 * * *}", zone = "Europe/London")
    void remindTomorrow() {
        SystemUser.run(() -> outbox.queueReminders(LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).plusDays(1)));
    }

    private void deliver(long id, long residentId, String subject, String body) {
        String address = residents.open(residentId).map(ResidentForm::email).filter(e -> !e.isBlank()).orElse(null);
        if (address == null) {
            mark(id, null, OutboxService.SUPPRESSED, "The resident has no email address.");
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (!enabled || sender == null) {
            mark(id, address, "HELD", "Mail is switched off: this is what would have been sent.");
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(subject);
            helper.setText(body);
            sender.send(message);
            mark(id, address, "SENT", null);
        } catch (Exception e) {
            log.warn("Outbox message {} could not be sent: {}", id, e.getMessage());
            mark(id, address, "FAILED", "The mail server refused it: " + e.getMessage());
        }
    }

    private void mark(long id, String address, String status, String reason) {
        jdbc.sql("update outbox_message set recipient = ?, status = ?, reason = ?, sent_at = ? where id = ? and status = 'PENDING'")
                .params(address, status, reason == null ? null : reason.substring(0, Math.min(300, reason.length())),
                        "SENT".equals(status) ? Timestamp.from(clock.instant()) : null, id)
                .update();
    }
}
