package org.bridgework.timecredits;

import org.bridgework.security.SystemUser;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

@Component
class ExpiryJob {

    private final ExpiryService expiry;
    private final Clock clock;

    ExpiryJob(ExpiryService expiry, Clock clock) {
        this.expiry = expiry;
        this.clock = clock;
    }

    /** Nightly, when nobody is redeeming. */
    @Scheduled(cron = "${bridgework.timecredits.expiry-cron:0 30 2 * * *}", zone = "Europe/London")
    void run() {
        SystemUser.run(() -> expiry.expireInactive(clock.instant()));
    }
}
