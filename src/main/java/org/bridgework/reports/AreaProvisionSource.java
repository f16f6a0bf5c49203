package org.bridgework.reports;

import java.util.List;

/**
 * Implemented by a feature that delivers something in an area (activities: sessions and participation; funding:
 * grants), so that the cold-spots view can set provision against need without reading the feature's tables.
 * Figures are aggregated in SQL and limited to the scope in the where clause.
 */
public interface AreaProvisionSource {

    List<AreaFigure> provision(ReportPeriod period, ReportScope scope);
}
