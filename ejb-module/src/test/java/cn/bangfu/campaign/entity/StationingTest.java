package cn.bangfu.campaign.entity;

import static cn.bangfu.campaign.entity.Fixture.CHEN;
import static cn.bangfu.campaign.entity.Fixture.FGJ;
import static cn.bangfu.campaign.entity.Fixture.GXJ;
import static cn.bangfu.campaign.entity.Fixture.NEIGHBOUR;
import static cn.bangfu.campaign.entity.Fixture.SHOES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.platform.entity.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StationingTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Test
    void aUnitStationsItsOwnCadreAtATargetOfTheRegionInAStationedCampaign() {
        Campaign c = Fixture.campaign(CampaignMode.STATIONED, null, null);
        assertEquals(List.of(), Stationing.problems(c, CHEN.getId(), CHEN, TargetRef.of(SHOES), SHOES, "pj-gxj", GXJ, MAY, null));
        assertEquals(List.of(FieldError.of("dispatchingUnit", "stationing.notHisUnit", "陈晓东", FGJ.getName())),
                Stationing.problems(c, CHEN.getId(), CHEN, TargetRef.of(SHOES), SHOES, "pj-fgj", FGJ, MAY, null));
        assertEquals(List.of(FieldError.of("target", "assignment.target.outside", NEIGHBOUR.getCreditCode(), "平江县"),
                FieldError.of("to", "stationing.toBeforeFrom")),
                Stationing.problems(c, CHEN.getId(), CHEN, TargetRef.of(NEIGHBOUR), NEIGHBOUR, "pj-gxj", GXJ, MAY, MAY.minusDays(1)));
    }

    @Test
    void onlyAStationedCampaignStationsCadres() {
        assertEquals(List.of(FieldError.of("campaign", "stationing.mode", "三帮一")),
                Stationing.problems(Fixture.threeToOne(), CHEN.getId(), CHEN, TargetRef.of(SHOES), SHOES, "pj-gxj", GXJ, MAY, null));
    }
}
