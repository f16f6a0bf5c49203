package org.bridgework.opportunities;

/** Search filters; null means "any". {@code forAge} keeps opportunities open to someone of that age. */
public record OpportunityFilter(String text, OpportunityType type, Sector sector, Integer level, String wardCode,
                                OpportunityStatus status, Integer forAge, Boolean careLeaver) {

    public static OpportunityFilter none() {
        return new OpportunityFilter(null, null, null, null, null, null, null, null);
    }
}
