package cn.bangfu.inspection.demo;

import cn.bangfu.campaign.demo.DemoAssignments;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.inspection.control.InspectionSchedule;
import cn.bangfu.inspection.control.SchedulePlanning;
import cn.bangfu.inspection.control.ScheduleSolver;
import cn.bangfu.inspection.control.VisitNotices;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionTeam;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.RoundData;
import cn.bangfu.inspection.entity.RoundStatus;
import cn.bangfu.inspection.entity.TeamData;
import cn.bangfu.ledger.demo.DemoLedger;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.DemoMode;
import cn.bangfu.platform.entity.SchemaReady;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo campaign's inspection, loaded once after its ledger: the seed speech's April round (2026年4月全面督查), solved,
 * published and closed, and a round in progress from the day the demo was loaded, solved and published, so that each
 * demo inspector has inspections to open. Three teams of inspectors from different units; 温督查 of the data centre
 * serves on two of them. Both schedules come from the solver itself; the April round has its findings and rectifications
 * ({@link DemoFindings}).
 */
@Singleton
public class DemoInspection {

    public static final int PRIORITY = DemoLedger.PRIORITY + 100;
    public static final String APRIL_ROUND = "2026年4月全面督查";
    public static final String CURRENT_ROUND = "年末专项督查";
    private static final Logger LOG = Logger.getLogger(DemoInspection.class.getName());
    /** Team name, leader, members, visits a working day. */
    private static final List<TeamData> TEAMS = List.of(
            team("第一督查组", "inspector-czj", "inspector-sjzx"),
            team("第二督查组", "inspector-tjj", "inspector-fgj"),
            team("第三督查组", "inspector", "inspector-sjzx"));

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    SchedulePlanning planning;

    @Inject
    VisitNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    DemoFindings findings;

    public void onSchemaReady(@Observes @Priority(PRIORITY) SchemaReady ready) {
        Campaign campaign = DemoMode.on() ? em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", DemoAssignments.CODE)
                .getResultStream().findFirst().orElse(null) : null;
        if (campaign == null || em.createQuery("select count(r) from InspectionRound r", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        InspectionRound april = round(campaign, APRIL_ROUND, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 24));
        april.moveTo(RoundStatus.IN_PROGRESS);
        int filed = findings.file(april);
        april.moveTo(RoundStatus.CLOSED);
        InspectionRound current = round(campaign, today.getYear() + CURRENT_ROUND, today, today.plusDays(20));
        current.moveTo(RoundStatus.IN_PROGRESS);
        notices.tellFrom(LocalDate.now(clock), clock.instant());
        em.flush();
        LOG.info(() -> "Bangfu demo inspection loaded: " + APRIL_ROUND + " (closed, " + filed + " findings) and " + current.getName()
                + " (in progress), " + TEAMS.size() + " teams each, schedules solved");
    }

    /** A round over every target of the campaign with the demo teams, solved for a few seconds and published. */
    private InspectionRound round(Campaign campaign, String name, LocalDate from, LocalDate to) {
        InspectionRound round = new InspectionRound(campaign, RoundData.draft(name, from, to, null), "office", clock.instant());
        em.persist(round);
        for (TeamData t : TEAMS) {
            InspectionTeam team = new InspectionTeam(round);
            List<UserAccount> members = t.members().stream().map(m -> account(m.login())).toList();
            team.edit(t, members.get(0), members, null);
            em.persist(team);
        }
        for (AssistanceTarget target : em.createNamedQuery(InspectionVisit.CAMPAIGN_TARGETS_OUTSIDE, AssistanceTarget.class)
                .setParameter("campaign", campaign).setParameter("round", round).getResultList()) {
            em.persist(InspectionVisit.ofTarget(round, target));
        }
        em.flush();
        SchedulePlanning.Loaded loaded = planning.load(round);
        InspectionSchedule solved = ScheduleSolver.solver(3).solve(loaded.schedule());
        planning.apply(loaded, solved);
        round.publish(clock.instant());
        em.flush();
        audit.created(round);
        return round;
    }

    private UserAccount account(String login) {
        return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class).setParameter("login", login).getSingleResult();
    }

    private static TeamData team(String name, String... logins) {
        return new TeamData(null, name, logins[0], java.util.Arrays.stream(logins).map(l -> new TeamData.Member(l, null, null, null)).toList(),
                3, null, List.of(), null);
    }
}
