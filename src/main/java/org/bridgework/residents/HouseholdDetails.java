package org.bridgework.residents;

import java.util.List;

/** A household and the people in it, each with how they belong to it. */
public record HouseholdDetails(long id, String name, List<Member> members) {

    public record Member(ResidentSummary resident, HouseholdRelationship relationship) {
    }
}
