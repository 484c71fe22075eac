package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** One of an inspector's coming inspections: the day, what he inspects, with which team, in which round and campaign. */
public record MyInspectionData(Long visit, LocalDate date, InspectedRef target, Long team, String teamName, Long round, String roundName,
                               String campaign, String campaignName) implements Serializable {

    public static MyInspectionData of(InspectionVisit v) {
        InspectionRound r = v.getRound();
        return new MyInspectionData(v.getId(), v.getDay(), InspectedRef.of(v.getTarget(), v.getUnit()), v.getTeam().getId(),
                v.getTeam().getName(), r.getId(), r.getName(), r.getCampaign().getCode(), r.getCampaign().getName());
    }
}
