package org.bridgework.reports;

import org.bridgework.activities.StrategyItem;
import org.bridgework.activities.StrategyKind;
import org.bridgework.activities.StrategyService;
import org.bridgework.audit.AuditService;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.privacy.EqualityAnswer;
import org.bridgework.privacy.EqualityField;
import org.bridgework.reference.Ward;
import org.bridgework.reference.WardDirectory;
import org.bridgework.reports.OutcomeReport.Category;
import org.bridgework.residents.AgeBand;
import org.bridgework.security.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The strategy outcome report: figures per outcome and heading for a period, aggregated in SQL over the features'
 * reporting views, small numbers suppressed, optionally broken down and compared with the period before; and its
 * downloads. Every download is recorded in the audit trail.
 */
@Service
public class OutcomeReportService {

    private final OutcomeQueries queries;
    private final ReachSummary reach;
    private final StrategyService strategy;
    private final OrganisationService organisations;
    private final WardDirectory wards;
    private final ReportAccess access;
    private final ReportTexts texts;
    private final AuditService audit;
    private final ReportExports exports;
    private final Clock clock;
    private final int minCellSize;

    OutcomeReportService(OutcomeQueries queries, ReachSummary reach, StrategyService strategy, OrganisationService organisations,
                         WardDirectory wards, ReportAccess access, ReportTexts texts, AuditService audit,
                         ReportExports exports, Clock clock, @Value("${bridgework.reports.min-cell-size:5}") int minCellSize) {
        this.queries = queries;
        this.reach = reach;
        this.strategy = strategy;
        this.organisations = organisations;
        this.wards = wards;
        this.access = access;
        this.texts = texts;
        this.audit = audit;
        this.exports = exports;
        this.clock = clock;
        this.minCellSize = minCellSize;
    }

    /** The last full financial year (April to March) before today. */
    @PreAuthorize(Access.REPORTS)
    public ReportPeriod lastFinancialYear() {
        LocalDate today = LocalDate.now(clock);
        int endYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return new ReportPeriod(LocalDate.of(endYear - 1, 4, 1), LocalDate.of(endYear, 3, 31));
    }

    /**
     * Waits until the summaries the year report reads are built for today's strategy and up to date, building
     * them if nobody else is; for the benchmark and for operators after a bulk load.
     */
    @PreAuthorize(Access.ADMINS)
    public void prepareSummaries() {
        var mapping = StrategyMapping.from(strategy);
        String fingerprint = reach.fingerprint(mapping);
        while (!reach.catchUp(mapping, fingerprint) && !reach.rebuild(mapping, fingerprint)) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * After a bulk load that skipped the summaries' triggers (the generator): works the monthly totals out afresh
     * and leaves the reach to be rebuilt, so that until it is, reports count from the records.
     */
    @PreAuthorize(Access.ADMINS)
    @Transactional
    public void summariesAfterBulkLoad() {
        reach.afterBulkLoad();
    }

    /**
     * The figures that differ between the summaries and a count of the records for a whole-month period of the
     * whole strategy; empty when they agree, as they always should. Administrators only: the figures are raw,
     * before small numbers are hidden, and cover every organisation.
     */
    @PreAuthorize(Access.ADMINS)
    @Transactional(readOnly = true)
    public List<String> summaryDifferences(ReportPeriod period) {
        var mapping = StrategyMapping.from(strategy);
        var summarised = queries.tally(period, ReportScope.everything(), Breakdown.NONE, mapping).figures();
        var counted = queries.counted(period, ReportScope.everything(), Breakdown.NONE, mapping).figures();
        var differences = new ArrayList<String>();
        var keys = new TreeSet<>(summarised.keySet());
        keys.addAll(counted.keySet());
        for (String key : keys) {
            if (!Objects.equals(summarised.get(key), counted.get(key))) {
                differences.add(key + ": summaries " + summarised.get(key) + ", records " + counted.get(key));
            }
        }
        return differences;
    }

    /** The breakdowns the signed-in user may choose. */
    @PreAuthorize(Access.REPORTS)
    public List<Breakdown> breakdowns() {
        return Arrays.stream(Breakdown.values()).filter(access::mayBreakDown).toList();
    }

    /** The scope the signed-in user gets for a request: a partner always their own organisation. */
    @PreAuthorize(Access.REPORTS)
    public ReportScope scopeFor(ReportScope requested) {
        return access.scope(requested);
    }

    @PreAuthorize(Access.REPORTS)
    @Transactional(readOnly = true)
    public OutcomeReport report(ReportPeriod period, Breakdown breakdown, boolean compare, ReportScope requested) {
        access.requireMayBreakDown(breakdown);
        ReportScope scope = access.scope(requested);
        var mapping = StrategyMapping.from(strategy);
        Tally now = queries.tally(period, scope, breakdown, mapping);
        ReportPeriod previous = compare ? period.previous() : null;
        Tally before = compare ? queries.tally(previous, scope, breakdown, mapping) : null;
        var categories = categories(breakdown, now, before);
        return new ReportAssembler(minCellSize).assemble(period, previous, breakdown, categories, structure(now, before),
                now, before, texts.text("reports.overall"), scopeLabel(scope));
    }

    /** The report as a file; the model is the one the screen shows, so the same cells are hidden. */
    @PreAuthorize(Access.REPORTS)
    public ReportFile export(OutcomeReport report, ExportFormat format) {
        byte[] bytes = switch (format) {
            case CSV -> exports.csv(report);
            case XLSX -> exports.xlsx(report);
            case PDF -> exports.pdf(report);
        };
        audit.recordExport("OUTCOME_REPORT", null, null, format + " " + report.period().from() + " to " + report.period().to()
                + ", " + report.breakdown() + ", " + report.scopeLabel());
        return new ReportFile("strategy-outcomes-" + report.period().from() + "-to-" + report.period().to() + "." + format.extension(),
                format.contentType(), bytes);
    }

    /**
     * The open data set: per City ward and financial quarter within the period, the headline indicators, with the
     * same suppression as the report (each quarter's ward figures are the report's ward totals for that quarter).
     */
    @PreAuthorize(Access.REPORTS)
    @Transactional(readOnly = true)
    public ReportFile trackingSet(ReportPeriod period, ReportScope requested) {
        ReportScope scope = access.scope(requested);
        var mapping = StrategyMapping.from(strategy);
        var wardCategories = wards.all().stream().map(w -> new Category(w.code(), w.name())).toList();
        var quarters = new ArrayList<OutcomeReport>();
        for (ReportPeriod quarter : TrackingSet.quarters(period)) {
            Tally tally = queries.tally(quarter, scope, Breakdown.WARD, mapping);
            var categories = new ArrayList<>(wardCategories);
            tally.categoryTotals.keySet().stream().filter(k -> wardCategories.stream().noneMatch(c -> c.code().equals(k)))
                    .sorted().forEach(k -> categories.add(new Category(k, k)));
            quarters.add(new ReportAssembler(minCellSize).assemble(quarter, null, Breakdown.WARD, categories,
                    structure(tally, null), tally, null, texts.text("reports.overall"), scopeLabel(scope)));
        }
        byte[] bytes = TrackingSet.csv(quarters, wardCategories, texts);
        audit.recordExport("OUTCOME_TRACKING_SET", null, null, period.from() + " to " + period.to() + ", " + scopeLabel(scope));
        return new ReportFile("city-wards-by-quarter-" + period.from() + "-to-" + period.to() + ".csv", "text/csv", bytes);
    }

    @PreAuthorize(Access.REPORTS)
    public ReportFile dataDictionary() {
        return new ReportFile("city-wards-by-quarter-data-dictionary.csv", "text/csv", TrackingSet.dictionary(minCellSize));
    }

    @PreAuthorize(Access.REPORTS)
    public int minCellSize() {
        return minCellSize;
    }

    private String scopeLabel(ReportScope scope) {
        return scope.isWhole() ? texts.text("reports.scope.all")
                : organisations.find(scope.organisationId()).map(OrganisationDetails::name).orElse("#" + scope.organisationId());
    }

    /** Active outcomes and headings, plus any retired one that still has figures in the period. */
    private List<ReportAssembler.Outcome> structure(Tally now, Tally before) {
        Set<Long> withFigures = new LinkedHashSet<>(now.headingTotals.keySet());
        if (before != null) {
            withFigures.addAll(before.headingTotals.keySet());
        }
        List<StrategyItem> headings = strategy.list(StrategyKind.HEADING, false);
        var result = new ArrayList<ReportAssembler.Outcome>();
        for (StrategyItem o : strategy.list(StrategyKind.OUTCOME, false)) {
            var under = headings.stream().filter(h -> o.id().equals(h.parentId()))
                    .filter(h -> h.active() || withFigures.contains(h.id()))
                    .map(h -> new ReportAssembler.Heading(h.id(), h.name())).toList();
            if (o.active() || !under.isEmpty()) {
                result.add(new ReportAssembler.Outcome(o.id(), o.name(), under));
            }
        }
        return result;
    }

    private List<Category> categories(Breakdown breakdown, Tally now, Tally before) {
        if (breakdown == Breakdown.NONE) {
            return List.of(new Category("", texts.text("reports.allCategories")));
        }
        Set<String> codes = new LinkedHashSet<>(now.categoryTotals.keySet());
        if (before != null) {
            codes.addAll(before.categoryTotals.keySet());
        }
        codes.remove(OutcomeQueries.NOT_SPLIT);
        Function<String, String> label = labeller(breakdown);
        Map<String, Integer> order = order(breakdown);
        return codes.stream()
                .map(code -> new Category(code, code.isEmpty() ? texts.text("reports.notKnown") : label.apply(code)))
                .sorted(Comparator.comparing((Category c) -> c.code().isEmpty())
                        .thenComparing(c -> order.getOrDefault(c.code(), Integer.MAX_VALUE))
                        .thenComparing(Category::label))
                .collect(Collectors.toList());
    }

    private Map<String, Integer> order(Breakdown breakdown) {
        var order = new HashMap<String, Integer>();
        if (breakdown == Breakdown.AGE_BAND) {
            for (AgeBand b : AgeBand.values()) {
                order.put(b.name(), b.ordinal());
            }
        } else if (breakdown.equality()) {
            EqualityAnswer[] answers = EqualityField.valueOf(breakdown.name()).answers();
            for (int i = 0; i < answers.length; i++) {
                order.put(answers[i].name(), i);
            }
        }
        return order;
    }

    private Function<String, String> labeller(Breakdown breakdown) {
        return switch (breakdown) {
            case WARD -> code -> wards.byCode(code).map(Ward::name).orElse(code);
            case AGE_BAND -> code -> AgeBand.valueOf(code).label();
            case PROGRAMME -> {
                var names = strategy.list(StrategyKind.PROGRAMME, false).stream()
                        .collect(Collectors.toMap(p -> p.id().toString(), StrategyItem::name));
                yield code -> names.getOrDefault(code, code);
            }
            case ORGANISATION -> code -> organisations.find(Long.parseLong(code)).map(OrganisationDetails::name).orElse("#" + code);
            case NONE -> code -> code;
            default -> {
                var answers = Arrays.stream(EqualityField.valueOf(breakdown.name()).answers())
                        .collect(Collectors.toMap(EqualityAnswer::name, EqualityAnswer::label));
                yield code -> answers.getOrDefault(code, code);
            }
        };
    }
}
