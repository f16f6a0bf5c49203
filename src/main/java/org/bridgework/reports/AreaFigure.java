package org.bridgework.reports;

import java.math.BigDecimal;

/**
 * One provision figure for one area: a City ward ({@code wardCode}, ONS code) and, where known, an LSOA
 * ({@code lsoaCode}, ONS 2011 code). A figure known only by LSOA has a null ward, and one known only by ward a null LSOA.
 */
public record AreaFigure(String wardCode, String lsoaCode, ProvisionMeasure measure, BigDecimal value) {
}
