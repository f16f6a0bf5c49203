package org.bridgework.residents;

import java.util.List;

/** An existing resident who may be the same person as the one being entered, with why we think so. */
public record LikelyDuplicate(ResidentSummary resident, int score, List<String> reasons) {
}
