package org.bridgework.funding;

import org.bridgework.reports.AreaFigure;
import org.bridgework.reports.AreaProvisionSource;
import org.bridgework.reports.ProvisionMeasure;
import org.bridgework.reports.ReportPeriod;
import org.bridgework.reports.ReportScope;
import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Money awarded in the period, for the cold-spots view: per City ward, and per LSOA for grants that name one.
 * A grant benefiting several wards counts an equal share of its amount in each of them (the register does not say
 * how the money was spread, and equal shares keep the ward figures adding up to the money awarded). Ward figures and
 * LSOA figures are two views of the same money, so they must not be added together.
 * The scope's organisation is the recipient; a partner is always held to its own organisation.
 */
@Component
class FundingProvision implements AreaProvisionSource {

    private final JdbcClient jdbc;
    private final GrantScope scope;

    FundingProvision(JdbcClient jdbc, GrantScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    @PreAuthorize(Access.REPORTS)
    @Transactional(readOnly = true)
    public List<AreaFigure> provision(ReportPeriod period, ReportScope reportScope) {
        Long recipient = recipient(reportScope);
        var params = new HashMap<String, Object>();
        params.put("from", period.from());
        params.put("to", period.to());
        String where = " where g.award_date between :from and :to";
        if (recipient != null) {
            where += " and g.recipient_organisation_id = :recipient";
            params.put("recipient", recipient);
        }
        var figures = new ArrayList<AreaFigure>();
        jdbc.sql("select ward_code, sum(share) from (select w.ward_code,"
                        + " g.amount_awarded / count(*) over (partition by g.id) share"
                        + " from grant_award g join grant_ward w on w.grant_id = g.id" + where + ") shares"
                        + " group by ward_code order by ward_code")
                .params(params)
                .query((rs, n) -> new AreaFigure(rs.getString(1), null, ProvisionMeasure.FUNDING_AWARDED_GBP, pounds(rs.getBigDecimal(2))))
                .list().forEach(figures::add);
        jdbc.sql("select g.lsoa_code, sum(g.amount_awarded) from grant_award g" + where
                        + " and g.lsoa_code is not null group by g.lsoa_code order by g.lsoa_code")
                .params(params)
                .query((rs, n) -> new AreaFigure(null, rs.getString(1), ProvisionMeasure.FUNDING_AWARDED_GBP, pounds(rs.getBigDecimal(2))))
                .list().forEach(figures::add);
        return figures;
    }

    private Long recipient(ReportScope reportScope) {
        Long partnerOrganisation = scope.recipientLimit();
        if (partnerOrganisation == null) {
            return reportScope == null ? null : reportScope.organisationId();
        }
        if (reportScope != null && !reportScope.isWhole() && !reportScope.organisationId().equals(partnerOrganisation)) {
            throw new AccessDeniedException("A partner sees only the funding its own organisation received");
        }
        return partnerOrganisation;
    }

    private static BigDecimal pounds(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }
}
