package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A visit of the schedule as the API shows it: {@code team} (its id), {@code target} (what it inspects), {@code date},
 * {@code pinned}; out also the team's name and the version to send back with a move.
 */
public record InspectionVisitData(Long id, Long team, String teamName, InspectedRef target, LocalDate date, Boolean pinned, Long version)
        implements Serializable {
}
