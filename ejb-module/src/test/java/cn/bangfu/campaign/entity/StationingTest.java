package cn.bangfu.campaign.entity;

import static cn.bangfu.campaign.entity.Fixture.CHEN;
import static cn.bangfu.campaign.entity.Fixture.FGJ;
import static cn.bangfu.campaign.entity.Fixture.GXJ;
import static cn.bangfu.campaign.entity.Fixture.MACHINES;
import static cn.bangfu.campaign.entity.Fixture.NEIGHBOUR;
import static cn.bangfu.campaign.entity.Fixture.SHOES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.campaign.demo.DemoStationed;
import cn.bangfu.platform.entity.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StationingTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);

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

    @Test
    void aCadreIsAtOneTargetAtATimeAndTheClashNamesTheOtherTargetAndPeriod() {
        Campaign c = Fixture.campaign(CampaignMode.STATIONED, null, null);
        // 陈晓东 is at the shoe factory in May; open-ended at the machine works from July.
        List<Stationing> his = List.of(stationing(c, SHOES, MAY, JUNE.minusDays(1)), stationing(c, MACHINES, JULY, null));

        assertEquals(List.of(), Stationing.clashes("cadre", his, JUNE, JULY.minusDays(1)), "June lies between the two");
        assertEquals(List.of(), Stationing.clashes("cadre", List.of(), MAY, null), "a cadre never stationed");
        assertEquals(List.of(FieldError.of("cadre", "stationing.overlap", SHOES.getName(), "2026-05-01", "2026-05-31")),
                Stationing.clashes("cadre", his, MAY.minusDays(10), MAY), "the first day of May is taken");
        assertEquals(List.of(FieldError.of("cadre", "stationing.overlap", SHOES.getName(), "2026-05-01", "2026-05-31")),
                Stationing.clashes("cadre", his, LocalDate.of(2026, 5, 31), null), "an open period from the last day of May");
        assertEquals(List.of(FieldError.of("to", "stationing.overlapOpen", MACHINES.getName(), "2026-07-01")),
                Stationing.clashes("to", his, JUNE, LocalDate.of(2027, 1, 31)), "running into the open-ended one");
        assertEquals(List.of(), Stationing.clashes("cadre", his, null, null), "no start: the period's own rule says so");
        assertEquals(List.of(), Stationing.clashes("cadre", his, JULY, MAY), "an end before the start: the period's own rule says so");
    }

    @Test
    void endingAStationingNeedsALastDayNotBeforeTheFirst() {
        Campaign c = Fixture.campaign(CampaignMode.STATIONED, null, null);
        assertEquals(List.of(), Stationing.periodProblems(c, MAY, MAY), "one day");
        assertEquals(List.of(), Stationing.periodProblems(c, MAY, JULY));
        assertEquals(List.of(FieldError.of("to", "field.required")), Stationing.periodProblems(c, MAY, null));
        assertEquals(List.of(FieldError.of("to", "stationing.toBeforeFrom")), Stationing.periodProblems(c, JUNE, MAY));

        Stationing s = stationing(Fixture.campaign(CampaignMode.STATIONED, null, null), SHOES, MAY, null);
        s.changePeriod(MAY, JUNE);
        assertEquals(JUNE, s.getStationedTo());
        assertEquals(List.of(), Stationing.clashes("cadre", List.of(s), JUNE.plusDays(1), null), "ended: the cadre is free the day after");
    }

    @Test
    void aStationingIsUpcomingThenUnderWayThenEnded() {
        Stationing s = stationing(Fixture.campaign(CampaignMode.STATIONED, null, null), SHOES, MAY, JUNE);
        assertEquals(StationingStatus.UPCOMING, s.status(MAY.minusDays(1)));
        assertEquals(StationingStatus.ACTIVE, s.status(MAY));
        assertEquals(StationingStatus.ACTIVE, s.status(JUNE), "the last day is still a day at the enterprise");
        assertEquals(StationingStatus.ENDED, s.status(JUNE.plusDays(1)));
        assertEquals(StationingStatus.ACTIVE, stationing(Fixture.campaign(CampaignMode.STATIONED, null, null), SHOES, MAY, null)
                .status(LocalDate.of(2030, 1, 1)), "open-ended");
        StationingData d = s.data(MAY);
        assertEquals("ACTIVE", d.status());
        assertEquals("平江县工业和信息化局", d.dispatchingUnitName());
        assertEquals("13907302002", d.cadrePhone());
    }

    @Test
    void aStationingLiesWithinTheCampaignsDatesEachBoundTellingItsOwnMessage() {
        // The campaign runs through 2026.
        Campaign c = Fixture.campaign(CampaignMode.STATIONED, null, null);
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
        assertEquals(List.of(), Stationing.problems(c, CHEN.getId(), CHEN, TargetRef.of(SHOES), SHOES, "pj-gxj", GXJ, newYear, newYearsEve),
                "the campaign's first and last day");
        assertEquals(List.of(FieldError.of("from", "stationing.fromBeforeStart", "2025-12-31", "2026-01-01")),
                Stationing.problems(c, CHEN.getId(), CHEN, TargetRef.of(SHOES), SHOES, "pj-gxj", GXJ, newYear.minusDays(1), null));
        assertEquals(List.of(FieldError.of("from", "stationing.fromAfterEnd", "2027-01-01", "2026-12-31")),
                Stationing.problems(c, CHEN.getId(), CHEN, TargetRef.of(SHOES), SHOES, "pj-gxj", GXJ, newYearsEve.plusDays(1), null),
                "open-ended, starting after the campaign");
        assertEquals(List.of(FieldError.of("to", "stationing.toAfterEnd", "2027-03-31", "2026-12-31")),
                Stationing.problems(c, CHEN.getId(), CHEN, TargetRef.of(SHOES), SHOES, "pj-gxj", GXJ, JULY, LocalDate.of(2027, 3, 31)));

        // Changing the period: the same bounds.
        assertEquals(List.of(FieldError.of("to", "stationing.toAfterEnd", "2027-01-01", "2026-12-31")),
                Stationing.periodProblems(c, MAY, newYearsEve.plusDays(1)), "extended beyond the campaign");
        assertEquals(List.of(FieldError.of("from", "stationing.fromBeforeStart", "2025-12-01", "2026-01-01")),
                Stationing.periodProblems(c, LocalDate.of(2025, 12, 1), MAY), "moved before the campaign");
        assertEquals(List.of(FieldError.of("from", "stationing.fromAfterEnd", "2027-02-01", "2026-12-31"),
                FieldError.of("to", "stationing.toAfterEnd", "2027-02-28", "2026-12-31")),
                Stationing.periodProblems(c, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)), "moved after the campaign");
    }

    @Test
    void theDemoStationingsLieWithinTheDemoCampaign() {
        for (DemoStationed.StationingSeed s : DemoStationed.STATIONINGS) {
            assertEquals(List.of(), Stationing.outsideCampaign(DemoStationed.START, DemoStationed.END, s.from(), s.to()), s::toString);
        }
    }

    @Test
    void onlyAStationingNotBegunIsCancelledOneUnderWayOrEndedIsEnded() {
        Stationing s = stationing(Fixture.campaign(CampaignMode.STATIONED, null, null), SHOES, JUNE, JULY);
        assertEquals(List.of(), s.cancelProblems(MAY), "upcoming: entered by mistake");
        assertEquals(List.of(FieldError.of("status", "stationing.begun", "2026-06-01")), s.cancelProblems(JUNE), "its first day");
        assertEquals(List.of(FieldError.of("status", "stationing.begun", "2026-06-01")), s.cancelProblems(JULY.plusDays(1)), "ended");
    }

    private static Stationing stationing(Campaign c, cn.bangfu.registry.entity.AssistanceTarget target, LocalDate from, LocalDate to) {
        return Fixture.id(new Stationing(c, CHEN, target, GXJ, from, to));
    }
}
