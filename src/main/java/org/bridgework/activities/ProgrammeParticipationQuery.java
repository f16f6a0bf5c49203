package org.bridgework.activities;

import org.bridgework.residents.ProgrammeParticipation;
import org.springframework.stereotype.Component;

import java.util.List;

/** Residents who booked or attended any session of a programme's activities, for the resident grid's filter. */
@Component
class ProgrammeParticipationQuery implements ProgrammeParticipation {

    private final StrategyService strategy;

    ProgrammeParticipationQuery(StrategyService strategy) {
        this.strategy = strategy;
    }

    @Override
    public List<Programme> programmes() {
        return strategy.list(StrategyKind.PROGRAMME, false).stream()
                .map(p -> new Programme(p.id(), p.name())).toList();
    }

    @Override
    public String sqlCondition(String residentIdColumn) {
        if (!residentIdColumn.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("Not a column name: " + residentIdColumn);
        }
        // an IN-subquery lets MariaDB materialise the programme's participants once, instead of probing per
        // resident; the programme condition is pushed down into both halves of the union
        return residentIdColumn + " in (select p.resident_id from (select sa.resident_id, a.programme_id"
                + " from session_attendance sa join activity_session s on s.id = sa.session_id"
                + " join activity a on a.id = s.activity_id union all select sb.resident_id, a2.programme_id"
                + " from session_booking sb join activity_session s2 on s2.id = sb.session_id"
                + " join activity a2 on a2.id = s2.activity_id) p where p.programme_id = ?)";
    }
}
