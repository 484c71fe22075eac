package cn.bangfu.ledger.entity;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.registry.entity.AssistanceTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Problems of 平江县's demo campaign for ledger tests, and the people who act on them. */
final class Ledger {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final Campaign CAMPAIGN = Fixture.threeToOne();
    static final WorkCalendar CALENDAR = ChinaCalendar.CALENDAR;
    static final ServiceLevels LEVELS = ServiceLevels.defaults();

    static final ProblemActor OFFICE = new ProblemActor("office", null, true, false, false);
    /** The responsible unit (主办) of the problems routed in these tests. */
    static final ProblemActor GXJ = new ProblemActor("pj-gxj", Fixture.GXJ.getId(), false, true, false);
    /** An assisting unit (协办): it reads, and may not act. */
    static final ProblemActor FGJ = new ProblemActor("pj-fgj", Fixture.FGJ.getId(), false, false, false);
    static final ProblemActor ENTERPRISE = new ProblemActor("saiyate", null, false, false, true);
    static final ProblemActor LEADER = new ProblemActor("leader", null, false, false, false);

    private Ledger() {
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(CHINA).toInstant();
    }

    static Problem registered(LocalDate on, Difficulty difficulty) {
        return registered(Fixture.SHOES, on, difficulty);
    }

    static Problem registered(AssistanceTarget target, LocalDate on, Difficulty difficulty) {
        Problem p = Problem.register("430626-2026-00042", new Problem.Registration(CAMPAIGN, target, "贷款展期", "流动资金贷款将到期，请求协调展期",
                "FINANCING", ProblemSource.ENTERPRISE, difficulty, on, null), ENTERPRISE, at(on), on);
        return Fixture.id(p);
    }

    static Problem routed(LocalDate on, Difficulty difficulty) {
        Problem p = registered(on, difficulty);
        p.route(OFFICE, Fixture.GXJ, List.of(Fixture.FGJ, Fixture.SWJ), LEVELS, CALENDAR, at(on), on);
        return p;
    }

    static Problem accepted(LocalDate on, Difficulty difficulty) {
        Problem p = routed(on, difficulty);
        p.accept(GXJ, at(on), on);
        return p;
    }
}
