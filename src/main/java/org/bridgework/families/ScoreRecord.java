package org.bridgework.families;

import java.time.LocalDate;

public record ScoreRecord(long needId, String needLabel, String occasion, LocalDate scoredOn, int score, String narrative) {
}
