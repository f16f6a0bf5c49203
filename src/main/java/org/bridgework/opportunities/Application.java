package org.bridgework.opportunities;

import java.time.LocalDate;

/** A resident's referral to, and progress through, one opportunity. */
public record Application(long id, long version, long opportunityId, String opportunityTitle, long organisationId,
                          long residentId, ApplicationStep step, LocalDate referredOn, LocalDate appliedOn,
                          LocalDate interviewOn, LocalDate offeredOn, LocalDate startedOn, LocalDate completedOn,
                          LocalDate withdrawnOn, String withdrawnReason) {

    public LocalDate dateOf(ApplicationStep s) {
        return switch (s) {
            case REFERRED -> referredOn;
            case APPLIED -> appliedOn;
            case INTERVIEW -> interviewOn;
            case OFFERED -> offeredOn;
            case STARTED -> startedOn;
            case COMPLETED -> completedOn;
            case WITHDRAWN -> withdrawnOn;
        };
    }
}
