package org.bridgework.activities;

import org.bridgework.residents.AgeBand;

import java.util.List;
import java.util.Map;

public record Register(SessionSummary session, List<RegisterLine> lines, Map<AgeBand, Integer> headcounts) {
}
