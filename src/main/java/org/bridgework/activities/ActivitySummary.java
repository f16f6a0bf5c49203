package org.bridgework.activities;

public record ActivitySummary(long id, String title, String programme, String type, long deliveringOrgId,
                              String venue, String wardCode, Integer capacity, boolean countsAsVolunteering,
                              boolean dropIn) {
}
