package org.bridgework.reports;

import org.bridgework.reference.Deprivation;
import org.bridgework.reference.LsoaDeprivation;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.security.BridgeworkUser;
import org.bridgework.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Need against provision per area. Need is the IMD 2019 decile: an LSOA's own, or for a ward the average decile
 * of the LSOAs its residents on record live in, weighted by how many live in each (the City publishes no IMD by
 * ward, and this weights each neighbourhood by the people we actually serve there). Provision comes from every
 * {@link AreaProvisionSource} bean, so a feature adds its figures without this class knowing it. Residents on
 * record come from the residents feature's read model {@code rpt_resident}.
 */
@Service
public class ColdSpotService {

    /** Managers and administrators see everything; a partner sees need against its own provision only. */
    static final String MAY_VIEW = "hasAnyRole('ADMIN','MANAGER','PARTNER')";

    private final JdbcClient jdbc;
    private final List<AreaProvisionSource> sources;
    private final Deprivation deprivation;
    private final WardDirectory wards;
    private final CurrentUser currentUser;
    private final SmallNumberSuppression suppression;

    ColdSpotService(JdbcClient jdbc, List<AreaProvisionSource> sources, Deprivation deprivation, WardDirectory wards,
                    CurrentUser currentUser, @Value("${bridgework.reports.min-cell-size:5}") int minCellSize) {
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
        this.deprivation = deprivation;
        this.wards = wards;
        this.currentUser = currentUser;
        this.suppression = new SmallNumberSuppression(minCellSize);
    }

    /** The City's wards, ranked. */
    @PreAuthorize(MAY_VIEW)
    @Transactional(readOnly = true)
    public ColdSpotReport wards(ReportPeriod period) {
        ReportScope scope = scope();
        var provision = Totals.of(figures(period, scope), AreaFigure::wardCode);
        var residents = new HashMap<String, Long>();
        var decileSums = new HashMap<String, double[]>();
        jdbc.sql("select ward_code, lsoa_code, count(*) from rpt_resident where ward_code is not null"
                        + " group by ward_code, lsoa_code")
                .query(rs -> {
                    String ward = rs.getString(1);
                    long people = rs.getLong(3);
                    residents.merge(ward, people, Long::sum);
                    deprivation.lsoa(rs.getString(2)).ifPresent(l -> {
                        double[] sum = decileSums.computeIfAbsent(ward, w -> new double[2]);
                        sum[0] += l.imdDecile() * (double) people;
                        sum[1] += people;
                    });
                });
        var areas = new ArrayList<AreaProfile>();
        for (Ward ward : wards.reference()) {
            double[] sum = decileSums.get(ward.code());
            Double decile = sum == null ? null : sum[0] / sum[1];
            areas.add(provision.profile(ward.code(), ward.name(), decile, residents.getOrDefault(ward.code(), 0L), true));
        }
        return report(AreaLevel.WARD, period, scope, areas, provision.measures);
    }

    /** LSOAs where residents on record live, ranked; {@code borough} (as in the IMD file) narrows them, null for all. */
    @PreAuthorize(MAY_VIEW)
    @Transactional(readOnly = true)
    public ColdSpotReport lsoas(ReportPeriod period, String borough) {
        ReportScope scope = scope();
        var provision = Totals.of(figures(period, scope), AreaFigure::lsoaCode);
        var areas = new ArrayList<AreaProfile>();
        jdbc.sql("select lsoa_code, count(*) from rpt_resident where lsoa_code is not null group by lsoa_code")
                .query(rs -> {
                    LsoaDeprivation lsoa = deprivation.lsoa(rs.getString(1)).orElse(null);
                    if (lsoa != null && (borough == null || lsoa.localAuthority().equalsIgnoreCase(borough))) {
                        areas.add(provision.profile(lsoa.lsoaCode(), lsoa.lsoaName(), (double) lsoa.imdDecile(),
                                rs.getLong(2), false));
                    }
                });
        return report(AreaLevel.LSOA, period, scope, areas, provision.measures);
    }

    private ReportScope scope() {
        BridgeworkUser user = currentUser.require();
        if (!user.isPartner()) {
            return ReportScope.everything();
        }
        return ReportScope.organisation(user.organisationId()
                .orElseThrow(() -> new AccessDeniedException("This partner account has no organisation.")));
    }

    private List<AreaFigure> figures(ReportPeriod period, ReportScope scope) {
        var all = new ArrayList<AreaFigure>();
        sources.forEach(source -> all.addAll(source.provision(period, scope)));
        return all;
    }

    private ColdSpotReport report(AreaLevel level, ReportPeriod period, ReportScope scope, List<AreaProfile> areas,
                                  Set<ProvisionMeasure> measures) {
        List<RankedArea> ranked = ColdSpotRanking.rank(areas);
        long[][] counts = new long[ranked.size()][1];
        for (int i = 0; i < ranked.size(); i++) {
            counts[i][0] = ranked.get(i).area().participants();
        }
        var table = suppression.apply(counts);
        var lines = new ArrayList<ColdSpotLine>();
        for (int i = 0; i < ranked.size(); i++) {
            RankedArea r = ranked.get(i);
            AreaProfile a = r.area();
            var participants = table.cell(i, 0);
            lines.add(new ColdSpotLine(i + 1, a.code(), a.name(), a.deprivationDecile(), a.residents(),
                    a.sessionsDelivered(), participants, participants.suppressed() ? null : a.participationPerThousand(),
                    measures.contains(ProvisionMeasure.FUNDING_AWARDED_GBP) ? a.fundingGbp() : null,
                    r.needRank(), r.provisionRank(), r.score()));
        }
        var total = ranked.isEmpty() ? new SmallNumberSuppression.Cell(0, true) : table.columnTotals()[0];
        return new ColdSpotReport(level, period, !scope.isWhole(), List.copyOf(lines), measures, total,
                suppression.minCellSize());
    }

    /** Provision figures added up per area code (ward or LSOA), per measure. */
    private record Totals(Map<String, Map<ProvisionMeasure, BigDecimal>> byArea, Set<ProvisionMeasure> measures) {

        static Totals of(List<AreaFigure> figures, java.util.function.Function<AreaFigure, String> area) {
            var byArea = new HashMap<String, Map<ProvisionMeasure, BigDecimal>>();
            var measures = EnumSet.noneOf(ProvisionMeasure.class);
            for (AreaFigure f : figures) {
                measures.add(f.measure());
                String code = area.apply(f);
                if (code != null) {
                    byArea.computeIfAbsent(code, c -> new HashMap<>()).merge(f.measure(), f.value(), BigDecimal::add);
                }
            }
            return new Totals(byArea, measures);
        }

        AreaProfile profile(String code, String name, Double decile, long residents, boolean sessionsKnown) {
            var values = byArea.getOrDefault(code, Map.of());
            return new AreaProfile(code, name, decile, residents,
                    sessionsKnown ? value(values, ProvisionMeasure.SESSIONS_DELIVERED).longValue() : null,
                    value(values, ProvisionMeasure.PARTICIPANTS).longValue(),
                    value(values, ProvisionMeasure.ATTENDANCES).longValue(),
                    value(values, ProvisionMeasure.FUNDING_AWARDED_GBP));
        }

        private static BigDecimal value(Map<ProvisionMeasure, BigDecimal> values, ProvisionMeasure measure) {
            return values.getOrDefault(measure, BigDecimal.ZERO);
        }
    }
}
