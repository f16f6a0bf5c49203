package org.bridgework.scale;

import java.time.Duration;
import java.util.List;

/**
 * What the virtual users do and for how long: who they sign in as, the names they look for, the sessions whose
 * registers they mark, their think time, and whether (and over how many days) they run the outcome report.
 */
record LoadPlan(String baseUrl, String username, String password, List<String> searchTerms, List<Long> sessionIds,
                int thinkMinMillis, int thinkMaxMillis, Duration rampUp, Duration duration, boolean reports,
                int reportDays) {

    LoadPlan {
        if (searchTerms.isEmpty() || sessionIds.isEmpty()) {
            throw new IllegalArgumentException("the database has no residents or no booked sessions to work with");
        }
    }
}
