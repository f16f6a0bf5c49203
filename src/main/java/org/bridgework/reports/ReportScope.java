package org.bridgework.reports;

/**
 * Whose figures a report may show. Every report source applies it in its SQL where clause, so a partner's report
 * can never include another organisation's activities or funding.
 */
public record ReportScope(Long organisationId) {

    public static ReportScope everything() {
        return new ReportScope(null);
    }

    public static ReportScope organisation(long organisationId) {
        return new ReportScope(organisationId);
    }

    public boolean isWhole() {
        return organisationId == null;
    }
}
