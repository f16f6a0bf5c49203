package org.bridgework.opportunities;

import org.bridgework.residents.PersonalDataSection;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** This feature's part of a subject access export: interests, applications and employment progression. */
@Component
class OpportunitiesPersonalData implements PersonalDataSection {

    private final MatchingService matching;
    private final ApplicationService applications;
    private final ProgressionService progression;

    OpportunitiesPersonalData(MatchingService matching, ApplicationService applications, ProgressionService progression) {
        this.matching = matching;
        this.applications = applications;
        this.progression = progression;
    }

    @Override
    public String title() {
        return "Opportunities and progression";
    }

    @Override
    public Map<String, Object> dataFor(long residentId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("interests", matching.interests(residentId).stream().map(i -> (Object) row(
                "sector", i.sector() == null ? "" : i.sector().label(), "kind", i.type() == null ? "" : i.type().label(),
                "careLeaver", i.careLeaver(), "recordedOn", i.recordedOn().toString())).toList());
        data.put("applications", applications.forResident(residentId).stream().map(a -> (Object) row(
                "opportunity", a.opportunityTitle(), "step", a.step().label(), "referredOn", a.referredOn().toString(),
                "withdrawnReason", a.withdrawnReason() == null ? "" : a.withdrawnReason())).toList());
        data.put("progression", progression.forResident(residentId).stream().map(p -> (Object) row(
                "checkpoint", p.checkpoint().label(), "status", p.status().label(), "payBand", p.payBand().label(),
                "paidLondonLivingWage", p.paidLivingWage(), "recordedOn", p.recordedOn().toString())).toList());
        return data;
    }

    private static Map<String, Object> row(Object... pairs) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
