package org.bridgework.privacy;

import org.bridgework.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Applies the retention policy once a month, as the system user, until nothing more is due. */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    /** A backlog is cleared over several batches, but a fault can never loop for ever. */
    private static final int MAX_BATCHES = 100;

    private final RetentionService retention;
    private final boolean enabled;

    RetentionJob(RetentionService retention, @Value("${bridgework.retention.job-enabled:true}") boolean enabled) {
        this.retention = retention;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${bridgework.retention.cron:0 30 2 1 * *}", zone = "Europe/London")
    void monthly() {
        if (!enabled) {
            log.info("Retention job is switched off (bridgework.retention.job-enabled=false)");
            return;
        }
        int total = SystemUser.call(this::runAll);
        log.info("Retention job anonymised {} residents with no activity for {} years", total, retention.years());
    }

    int runAll() {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int done = retention.run();
            total += done;
            if (done < retention.batchSize()) {
                break;
            }
        }
        return total;
    }
}
