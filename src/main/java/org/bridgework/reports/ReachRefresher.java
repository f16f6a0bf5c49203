package org.bridgework.reports;

import org.bridgework.activities.StrategyService;
import org.bridgework.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the reach summary close behind the records, so that a report's own catch-up has little left to do, and
 * rebuilds it when the strategy mapping or the era it was built for is no longer today's. Until then reports count
 * from the features' views, more slowly but with the same figures.
 */
@Component
@ConditionalOnProperty(name = "bridgework.reports.reach-refresh", havingValue = "true", matchIfMissing = true)
class ReachRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReachRefresher.class);

    private final ReachSummary reach;
    private final StrategyService strategy;

    ReachRefresher(ReachSummary reach, StrategyService strategy) {
        this.reach = reach;
        this.strategy = strategy;
    }

    @Scheduled(initialDelayString = "${bridgework.reports.reach-refresh-delay:PT10S}", fixedDelayString = "PT30S")
    void refresh() {
        try {
            SystemUser.run(() -> {
                var mapping = StrategyMapping.from(strategy);
                String fingerprint = reach.fingerprint(mapping);
                if (!reach.catchUp(mapping, fingerprint)) {
                    reach.rebuild(mapping, fingerprint);
                }
            });
        } catch (RuntimeException e) {
            log.warn("The reach summary could not be refreshed; reports count from the records until it is", e);
        }
    }
}
