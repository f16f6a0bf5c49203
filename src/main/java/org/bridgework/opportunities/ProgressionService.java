package org.bridgework.opportunities;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.reference.WardDirectory;
import org.bridgework.reports.SmallNumberSuppression;
import org.bridgework.residents.ResidentService;
import org.bridgework.security.Access;
import org.bridgework.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Progression out of low pay: employment at first contact and at 6 and 12 months. "Moved out of low pay" means
 * working below the London Living Wage at first contact and working at or above it at a later follow-up.
 */
@Service
public class ProgressionService {

    static final String NOT_LINKED = "No opportunity";

    private final JdbcClient jdbc;
    private final ResidentService residents;
    private final WardDirectory wards;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final int livingWagePence;
    private final SmallNumberSuppression suppression;

    ProgressionService(JdbcClient jdbc, ResidentService residents, WardDirectory wards, AuditService audit,
                       CurrentUser currentUser, @Value("${bridgework.london-living-wage-pence:1420}") int livingWagePence,
                       @Value("${bridgework.reports.min-cell-size:5}") int minCellSize) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.wards = wards;
        this.audit = audit;
        this.currentUser = currentUser;
        this.livingWagePence = livingWagePence;
        this.suppression = new SmallNumberSuppression(minCellSize);
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional
    public Progression record(Progression p) {
        var resident = residents.summary(p.residentId())
                .orElseThrow(() -> InvalidInputException.of("resident", "That resident no longer exists."));
        var errors = new InvalidInputException.Collector()
                .check(p.checkpoint() != null, "checkpoint", "Choose when this was recorded: first contact, 6 or 12 months.")
                .check(p.status() != null, "status", "Choose the resident's employment status.")
                .check(p.payBand() != null, "payBand", "Choose the hourly pay band.")
                .check(p.recordedOn() != null, "recordedOn", "Enter the date.");
        errors.throwIfAny();
        errors.check(p.status().isWorking() || p.payBand() == PayBand.NO_PAY, "payBand", "Someone not in work has no pay band: choose \"No pay\".")
                .check(!p.status().isWorking() || p.payBand() != PayBand.NO_PAY, "payBand", "Choose the pay band of their work.")
                .check(!p.paidLivingWage() || p.status().isWorking(), "paidLivingWage", "Only someone in work can be paid the London Living Wage.")
                .check(!(p.paidLivingWage() && p.payBand().whollyBelow(livingWagePence)), "paidLivingWage",
                        "That pay band is below the London Living Wage.")
                .check(p.paidLivingWage() || !p.status().isWorking() || !p.payBand().whollyAtOrAbove(livingWagePence), "paidLivingWage",
                        "That pay band is at or above the London Living Wage: tick it.");
        long same = jdbc.sql("select count(*) from progression_record where resident_id = :r and checkpoint = :c and opportunity_id <=> :o")
                .param("r", p.residentId()).param("c", p.checkpoint().name()).param("o", p.opportunityId()).query(Long.class).single();
        errors.check(same == 0, "checkpoint", "This checkpoint has already been recorded for this resident.");
        if (p.checkpoint() != Checkpoint.FIRST_CONTACT) {
            long first = jdbc.sql("select count(*) from progression_record where resident_id = :r and checkpoint = 'FIRST_CONTACT' and opportunity_id <=> :o")
                    .param("r", p.residentId()).param("o", p.opportunityId()).query(Long.class).single();
            errors.check(first > 0, "checkpoint", "Record the resident's situation at first contact before a follow-up.");
        }
        errors.throwIfAny();
        jdbc.sql("""
                insert into progression_record (resident_id, opportunity_id, checkpoint, employment_status, pay_band,
                  paid_living_wage, ward_code, recorded_on, recorded_by)
                values (:r, :o, :c, :s, :b, :llw, :ward, :on, :by)""")
                .param("r", p.residentId()).param("o", p.opportunityId()).param("c", p.checkpoint().name())
                .param("s", p.status().name()).param("b", p.payBand().name()).param("llw", p.paidLivingWage())
                .param("ward", resident.wardCode()).param("on", p.recordedOn()).param("by", currentUser.usernameOrSystem()).update();
        audit.recordChange("PROGRESSION", p.residentId(), p.residentId(), p.checkpoint() + ": " + p.status() + ", " + p.payBand());
        return p;
    }

    @PreAuthorize(OpportunityScope.OPPORTUNITY_STAFF)
    @Transactional(readOnly = true)
    public List<Progression> forResident(long residentId) {
        audit.recordView("PROGRESSION", null, residentId);
        return jdbc.sql("select id, resident_id, opportunity_id, checkpoint, employment_status, pay_band, paid_living_wage, recorded_on"
                        + " from progression_record where resident_id = :r order by recorded_on, id")
                .param("r", residentId)
                .query((rs, n) -> new Progression(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        Checkpoint.valueOf(rs.getString(4)), EmploymentStatus.valueOf(rs.getString(5)), PayBand.valueOf(rs.getString(6)),
                        rs.getBoolean(7), OpportunityRows.date(rs.getDate(8))))
                .list();
    }

    /**
     * Counted in SQL over residents first seen between the dates. Rows are the wards and columns the opportunity
     * types of everyone who was in low pay at first contact, so a zero shows where nobody moved on.
     */
    @PreAuthorize(Access.MANAGERS)
    @Transactional(readOnly = true)
    public ProgressionReport lowPayReport(LocalDate from, LocalDate to) {
        var rows = jdbc.sql("""
                        select coalesce(f.ward_code, '-') ward, coalesce(o.opportunity_type, '-') type,
                               count(distinct case when exists (
                                   select 1 from progression_record u
                                   where u.resident_id = f.resident_id and u.opportunity_id <=> f.opportunity_id
                                     and u.checkpoint in ('SIX_MONTHS','TWELVE_MONTHS')
                                     and u.employment_status in ('EMPLOYED','SELF_EMPLOYED') and u.paid_living_wage = true)
                                   then f.resident_id end) moved
                        from progression_record f left join opportunity o on o.id = f.opportunity_id
                        where f.checkpoint = 'FIRST_CONTACT' and f.employment_status in ('EMPLOYED','SELF_EMPLOYED')
                          and f.paid_living_wage = false and f.recorded_on between :from and :to
                        group by 1, 2 order by 1, 2""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getLong(3)}).list();
        Map<String, Integer> wardIndex = new LinkedHashMap<>();
        Map<String, Integer> typeIndex = new LinkedHashMap<>();
        for (var t : OpportunityType.values()) {
            if (rows.stream().anyMatch(r -> r[1].equals(t.name()))) {
                typeIndex.put(t.name(), typeIndex.size());
            }
        }
        if (rows.stream().anyMatch(r -> r[1].equals("-"))) {
            typeIndex.put("-", typeIndex.size());
        }
        rows.forEach(r -> wardIndex.putIfAbsent((String) r[0], wardIndex.size()));
        long[][] counts = new long[wardIndex.size()][typeIndex.size()];
        rows.forEach(r -> counts[wardIndex.get((String) r[0])][typeIndex.get((String) r[1])] = (Long) r[2]);
        var wardNames = new ArrayList<String>();
        wardIndex.keySet().forEach(code -> wardNames.add(code.equals("-") ? "Outside the City"
                : wards.reference().stream().filter(w -> w.code().equals(code)).map(w -> w.name()).findFirst().orElse(code)));
        var typeNames = typeIndex.keySet().stream().map(t -> t.equals("-") ? NOT_LINKED : OpportunityType.valueOf(t).label()).toList();
        return new ProgressionReport(wardNames, typeNames, suppression.apply(counts));
    }
}
