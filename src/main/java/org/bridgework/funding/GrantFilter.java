package org.bridgework.funding;

/** What the grants register and the 360Giving export are narrowed to; a null part does not narrow. */
public record GrantFilter(String programme, Long recipientOrganisationId, Integer year, String wardCode) {

    public static GrantFilter none() {
        return new GrantFilter(null, null, null, null);
    }

    public static GrantFilter year(int year) {
        return new GrantFilter(null, null, year, null);
    }
}
