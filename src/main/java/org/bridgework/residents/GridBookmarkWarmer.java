package org.bridgework.residents;

import org.bridgework.security.SystemUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Renews the grid's bookmarks a little more often than they age out, so a jump deep into the resident list is
 * always near one. A pass over a million residents is a few thousand short index reads.
 */
@Component
@ConditionalOnProperty(name = "bridgework.residents.grid-warm-up", havingValue = "true", matchIfMissing = true)
class GridBookmarkWarmer {

    private static final Logger log = LoggerFactory.getLogger(GridBookmarkWarmer.class);

    private final ResidentService residents;

    GridBookmarkWarmer(ResidentService residents) {
        this.residents = residents;
    }

    @Scheduled(initialDelayString = "${bridgework.residents.grid-warm-up-delay:PT5S}", fixedDelayString = "PT4M")
    void warm() {
        long started = System.nanoTime();
        SystemUser.run(residents::warmGridBookmarks);
        log.debug("Resident grid bookmarks renewed in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
