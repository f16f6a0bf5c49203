package org.bridgework.opportunities;

import org.bridgework.reports.SmallNumberSuppression;

import java.util.List;

/** Residents who moved out of low pay, by ward (rows) and opportunity type (columns), with small numbers hidden. */
public record ProgressionReport(List<String> wards, List<String> types, SmallNumberSuppression.Table table) {
}
