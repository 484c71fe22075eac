package cn.bangfu.ledger.demo;

import cn.bangfu.campaign.control.AssignmentLookups;
import cn.bangfu.campaign.demo.DemoAssignments;
import cn.bangfu.campaign.demo.DemoStationings;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.control.ProblemNumbers;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.demo.DemoProblems.ProblemSeed;
import cn.bangfu.ledger.demo.DemoProblems.Story;
import cn.bangfu.ledger.entity.CommonProblem;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemActor;
import cn.bangfu.ledger.entity.ProblemEvent;
import cn.bangfu.ledger.entity.ProblemSource;
import cn.bangfu.ledger.entity.Rating;
import cn.bangfu.ledger.entity.ServiceLevels;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.demo.DemoCounty;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.Clocks;
import cn.bangfu.platform.control.DemoMode;
import cn.bangfu.platform.entity.SchemaReady;
import cn.bangfu.registry.entity.Enterprise;
import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo campaign's problem ledger ({@link DemoProblems}), loaded once after the campaign's plans, visits and
 * stationings into a demo database without problems. Every problem lives its story through its own transitions, on
 * days counted back from today on the working-day calendar, so the demo holds only what the application can reach
 * and shows every light. The demo {@code enterprise} account is linked to its enterprise.
 */
@Singleton
public class DemoLedger {

    public static final int PRIORITY = DemoStationings.PRIORITY + 100;
    private static final Logger LOG = Logger.getLogger(DemoLedger.class.getName());
    private static final ProblemActor OFFICE = new ProblemActor("office", null, true, false, false);
    private static final ProblemActor ENTERPRISE = new ProblemActor("enterprise", null, false, false, true);
    private static final Map<String, String> ANSWERS = Map.of(
            "FINANCING", "已协调县农商行上门对接，按企业实际需求办理贷款，利率执行优惠利率",
            "COST", "已协调供电公司落实园区电价政策，企业用电成本按新标准执行",
            "LABOUR", "人社局组织专场招聘会两场，达成用工意向，并协调职业学校定向培养",
            "POLICY", "已安排专人上门讲解政策，指导企业完成申报，相关资金已拨付",
            "FACTORS", "已协调相关部门现场办公，明确施工单位和完成时限，现已完工",
            "APPROVAL", "已开通绿色通道并联审批，相关许可证已办结送达企业",
            "MARKET", "已组织企业参加推介活动，对接采购商，签订意向订单",
            "OTHER", "已协调相关单位办理完毕，并向企业反馈办理情况");

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AssignmentLookups lookups;

    @Inject
    ProblemNumbers numbers;

    @Inject
    WorkCalendars calendars;

    public void onSchemaReady(@Observes @Priority(PRIORITY) SchemaReady ready) {
        Campaign campaign = DemoMode.on() ? em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", DemoAssignments.CODE)
                .getResultStream().findFirst().orElse(null) : null;
        if (campaign == null || em.createQuery("select count(p) from Problem p", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        WorkCalendar calendar = calendars.current();
        ServiceLevels levels = ServiceLevels.defaults();
        List<Problem> common = new ArrayList<>();
        for (ProblemSeed seed : DemoProblems.PROBLEMS) {
            Enterprise e = enterprise(seed.enterprise());
            Problem p = live(campaign, e, seed, new Days(calendar, today, campaign.getStartDate(), seed.raisedAgo()), levels, calendar);
            if (seed.story() == Story.COMMON) {
                common.add(p);
            }
        }
        CommonProblem c = new CommonProblem(campaign, DemoProblems.COMMON_TITLE, "COST", "office", at(today));
        em.persist(c);
        common.forEach(p -> p.joinCommon(c));
        em.flush();
        audit.created(c);
        link(DemoCounty.ENTERPRISE_LOGIN, DemoProblems.ENTERPRISE);
        link(DemoCounty.SECOND_ENTERPRISE_LOGIN, DemoProblems.SECOND_ENTERPRISE);
        LOG.info(() -> "Bangfu demo problem ledger loaded: " + DemoProblems.PROBLEMS.size() + " problems, one common problem");
    }

    /** Working days counted from the day a demo problem was raised, never past today nor before the campaign. */
    private record Days(WorkCalendar calendar, LocalDate today, LocalDate raised) {

        Days(WorkCalendar calendar, LocalDate today, LocalDate campaignStart, int ago) {
            this(calendar, today, max(campaignStart, calendar.minusWorkingDays(today, ago)));
        }

        LocalDate after(int workingDays) {
            LocalDate d = calendar.plusWorkingDays(raised, workingDays);
            return d.isAfter(today) ? today : d;
        }

        LocalDate ago(int workingDays) {
            return max(raised, calendar.minusWorkingDays(today, workingDays));
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }

    private Problem live(Campaign campaign, Enterprise target, ProblemSeed seed, Days days, ServiceLevels levels, WorkCalendar calendar) {
        boolean own = seed.enterprise().equals(DemoProblems.ENTERPRISE);
        LocalDate raised = days.raised();
        Problem p = Problem.register(numbers.next(target.getRegion().getCode(), raised.getYear()),
                new Problem.Registration(campaign, target, seed.title(), seed.description(), seed.category(),
                        own ? ProblemSource.ENTERPRISE : seed.raisedAgo() % 3 == 0 ? ProblemSource.OFFICE : ProblemSource.VISIT,
                        seed.difficulty(), raised, null), own ? ENTERPRISE : OFFICE, at(raised), raised);
        em.persist(p);
        em.flush();
        List<ProblemEvent> events = new ArrayList<>();
        events.add(p.registered(own ? ENTERPRISE : OFFICE, at(raised)));
        Story story = seed.story();
        if (story == Story.WITHDRAWN) {
            events.add(p.withdraw(OFFICE, "与同一企业的另一问题重复登记", at(raised).plusSeconds(3600)));
        } else if (story != Story.REGISTERED) {
            Assignment a = lookups.current(campaign, target);
            Unit unit = a == null ? unit("pj-gxj") : a.leadingUnit();
            List<Unit> assisting = a == null ? List.of() : a.coUnits();
            ProblemActor responsible = new ProblemActor(unit.getCode(), unit.getId(), false, true, false);
            events.add(p.route(OFFICE, unit, assisting, levels, calendar, at(raised).plusSeconds(7200), raised));
            if (story == Story.SENT_BACK) {
                events.add(p.sendBack(responsible, "该事项属于县应急管理局职责，建议改交", at(days.after(1))));
            } else if (story != Story.ROUTED && story != Story.LATE_TO_ACCEPT) {
                events.add(p.accept(responsible, at(days.after(1)), days.after(1)));
                events.addAll(further(p, story, days, responsible, calendar));
            }
        }
        events.forEach(em::persist);
        em.flush();
        audit.created(p);
        return p;
    }

    private List<ProblemEvent> further(Problem p, Story story, Days days, ProblemActor unit, WorkCalendar calendar) {
        List<ProblemEvent> events = new ArrayList<>();
        String answer = ANSWERS.get(p.getCategory());
        switch (story) {
            case ESCALATED -> events.add(p.escalate(OFFICE, "超期未办结，列为县委督办件", at(days.ago(1)), days.ago(1)));
            case PAUSED -> events.add(p.pause(unit, "需报市级主管部门审批，等待批复", calendar, at(days.ago(2)), days.ago(2)));
            case EXTENSION_ASKED -> events.add(p.requestExtension(unit, calendar.plusWorkingDays(p.getDeadline().inForce(), 10),
                    "涉及多个部门会商，需延长办理期限", at(days.ago(1)), days.ago(1)));
            case EXTENDED -> {
                events.add(p.requestExtension(unit, calendar.plusWorkingDays(p.getDeadline().inForce(), 20), "资金需县政府常务会研究",
                        at(days.ago(3)), days.ago(3)));
                events.add(p.approveExtension(OFFICE, calendar, at(days.ago(2)), days.ago(2)));
            }
            case RESOLVED -> events.add(p.resolve(unit, answer, at(days.after(4)), days.after(4)));
            case RESOLVED_LATE -> {
                LocalDate late = calendar.plusWorkingDays(p.getDeadline().inForce(), 2);
                events.add(p.resolve(unit, answer, at(late), late));
                events.add(p.rate(ENTERPRISE, Rating.BASICALLY_SATISFIED, "办理时间偏长", at(late.plusDays(1)), late.plusDays(1)));
                events.add(p.close(OFFICE, at(late.plusDays(2)), late.plusDays(2)));
            }
            case CLOSED -> {
                LocalDate done = days.after(3);
                events.add(p.resolve(unit, answer, at(done), done));
                events.add(p.rate(ENTERPRISE, Rating.SATISFIED, "服务很到位", at(days.after(4)), days.after(4)));
                events.add(p.close(OFFICE, at(days.after(5)), days.after(5)));
            }
            case REOPENED -> {
                events.add(p.resolve(unit, "已与银行沟通", at(days.after(3)), days.after(3)));
                events.add(p.rate(ENTERPRISE, Rating.DISSATISFIED, "只是沟通了，贷款还没有落实", at(days.after(4)), days.after(4)));
                events.add(p.reopen(OFFICE, "企业反映贷款尚未落实，请继续跟进", at(days.after(5))));
            }
            default -> {
            }
        }
        return events;
    }

    private void link(String login, String enterprise) {
        em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class).setParameter("login", login).getResultStream().findFirst()
                .ifPresent(a -> a.linkEnterprise(enterprise(enterprise).getId()));
    }

    private Enterprise enterprise(String name) {
        return em.createQuery("select e from Enterprise e join fetch e.region where e.name = :name", Enterprise.class).setParameter("name", name)
                .getSingleResult();
    }

    private Unit unit(String code) {
        return em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code).getSingleResult();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 30).atZone(Clocks.CHINA).toInstant();
    }
}
