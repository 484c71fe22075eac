package cn.bangfu.inspection.boundary;

import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.inspection.control.RoundAccess;
import cn.bangfu.inspection.control.RoundTargets;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionTeam;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.InspectionVisitData;
import cn.bangfu.inspection.entity.RoundData;
import cn.bangfu.inspection.entity.RoundStatus;
import cn.bangfu.inspection.entity.TargetSelection;
import cn.bangfu.inspection.entity.TeamData;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Inspection rounds (督查轮次) of a campaign, their teams (督查组) and what they inspect. The office of the campaign's region
 * plans them; the office, evaluators and leaders who see the campaign read them, an inspector the rounds of his teams
 * ({@link RoundAccess}); 404 otherwise. Teams and targets change only while the round is planned. Every change is audited.
 */
@Stateless
public class InspectionRounds {

    static final String[] READERS = {Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER};

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    RoundAccess access;

    @Inject
    RoundTargets roundTargets;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public List<RoundData> list(String campaignCode) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        Set<Long> mine = access.seesAll(scope) ? null : access.roundsOf(scope);
        boolean manages = access.manages(scope, campaign);
        return em.createNamedQuery(InspectionRound.OF_CAMPAIGN, InspectionRound.class).setParameter("campaign", campaign).getResultList()
                .stream().filter(r -> mine == null || mine.contains(r.getId())).map(r -> data(r, manages)).toList();
    }

    /** Whether the caller plans the campaign's inspection (the office of its region): the pages offer a new round then. */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public boolean manages(String campaignCode) {
        Scope scope = caller.get();
        return access.manages(scope, campaigns.visible(scope, campaignCode));
    }

    @RolesAllowed(Roles.OFFICE)
    public RoundData create(String campaignCode, RoundData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Campaign campaign = campaigns.open(scope, campaignCode);
        InspectionRound round = new InspectionRound(campaign, data, scope.login(), clock.instant());
        em.persist(round);
        em.flush();
        audit.created(round);
        return data(round, true);
    }

    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public RoundData get(String campaignCode, long roundId) {
        Scope scope = caller.get();
        InspectionRound round = access.readable(scope, campaignCode, roundId);
        return data(round, access.manages(scope, round.getCampaign()));
    }

    /** Name, window and checklist while planned; {@code status} moves it on (or a published round back to planning). */
    @RolesAllowed(Roles.OFFICE)
    public RoundData update(String campaignCode, long roundId, RoundData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        InspectionRound round = access.managed(caller.get(), campaignCode, roundId);
        round.requireVersion(data.version());
        RoundStatus wanted = status(data.status());
        audit.update(round, () -> {
            round.edit(data);
            if (wanted != null) {
                round.moveTo(wanted);
            }
        });
        em.flush();
        return data(round, true);
    }

    /** The inspectors the office may put on a team: accounts with the role and a unit in the campaign's region. */
    @RolesAllowed(Roles.OFFICE)
    public List<TeamData.Member> inspectors(String campaignCode) {
        Campaign campaign = campaigns.visible(caller.get(), campaignCode);
        return em.createNamedQuery(InspectionTeam.INSPECTORS_WITHIN, UserAccount.class)
                .setParameter("region", campaign.getRegion().getPath() + "%").getResultList().stream()
                .map(a -> new TeamData.Member(a.getLogin(), a.getDisplayName(), a.getUnit().getCode(), a.getUnit().getName())).toList();
    }

    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public List<TeamData> teams(String campaignCode, long roundId) {
        InspectionRound round = access.readable(caller.get(), campaignCode, roundId);
        return em.createNamedQuery(InspectionTeam.OF_ROUND, InspectionTeam.class).setParameter("round", round).getResultList()
                .stream().map(InspectionTeam::data).toList();
    }

    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public TeamData team(String campaignCode, long roundId, long teamId) {
        InspectionRound round = access.readable(caller.get(), campaignCode, roundId);
        return team(round, teamId).data();
    }

    @RolesAllowed(Roles.OFFICE)
    public TeamData createTeam(String campaignCode, long roundId, TeamData data) {
        Scope scope = caller.get();
        InspectionRound round = access.managed(scope, campaignCode, roundId);
        round.requirePlanning();
        InspectionTeam team = new InspectionTeam(round);
        edit(scope, team, data);
        em.persist(team);
        em.flush();
        audit.created(team);
        return team.data();
    }

    @RolesAllowed(Roles.OFFICE)
    public TeamData updateTeam(String campaignCode, long roundId, long teamId, TeamData data) {
        Scope scope = caller.get();
        InspectionRound round = access.managed(scope, campaignCode, roundId);
        InspectionTeam team = team(round, teamId);
        round.requirePlanning();
        team.requireVersion(data == null ? null : data.version());
        audit.update(team, () -> edit(scope, team, data));
        em.flush();
        return team.data();
    }

    /** Deletes a team of a round being planned; its visits are unscheduled. */
    @RolesAllowed(Roles.OFFICE)
    public void deleteTeam(String campaignCode, long roundId, long teamId) {
        InspectionRound round = access.managed(caller.get(), campaignCode, roundId);
        InspectionTeam team = team(round, teamId);
        round.requirePlanning();
        em.createNamedQuery(InspectionVisit.OF_ROUND, InspectionVisit.class).setParameter("round", round).getResultList().stream()
                .filter(v -> team.equals(v.getTeam())).forEach(InspectionVisit::unschedule);
        audit.deleted(team);
        em.remove(team);
        em.flush();
    }

    /** Adds targets or units to a round being planned (all or nothing; what it has already is skipped); answers how many. */
    @RolesAllowed(Roles.OFFICE)
    public int addTargets(String campaignCode, long roundId, TargetSelection selection) {
        Scope scope = caller.get();
        InspectionRound round = access.managed(scope, campaignCode, roundId);
        round.requirePlanning();
        List<InspectionVisit> added = roundTargets.add(scope, round, selection);
        em.flush();
        if (!added.isEmpty()) {
            audit.change(round, "ADD_TARGETS " + added.size(), () -> { });
        }
        return added.size();
    }

    /** What a round inspects, in the order added, a page at a time (a round holds a few thousand at most). */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public Page<InspectionVisitData> targets(String campaignCode, long roundId, PageRequest page) {
        InspectionRound round = access.readable(caller.get(), campaignCode, roundId);
        long total = (Long) em.createNamedQuery(InspectionVisit.COUNT_OF_ROUND, Object[].class).setParameter("round", round)
                .getSingleResult()[0];
        List<InspectionVisitData> items = em.createNamedQuery(InspectionVisit.OF_ROUND, InspectionVisit.class).setParameter("round", round)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(InspectionVisit::data).toList();
        return new Page<>(items, total);
    }

    private void edit(Scope scope, InspectionTeam team, TeamData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        UserAccount leader = data.leader() == null || data.leader().isBlank() ? null : inspector(scope, team, data.leader().strip(), "leader", errors);
        List<UserAccount> members = new ArrayList<>();
        List<TeamData.Member> sent = data.members() == null ? List.of() : data.members();
        for (int i = 0; i < sent.size(); i++) {
            String login = sent.get(i) == null || sent.get(i).login() == null ? "" : sent.get(i).login().strip();
            UserAccount a = inspector(scope, team, login, "members[" + i + "].login", errors);
            if (a != null && !members.contains(a)) {
                members.add(a);
            }
        }
        Region home = null;
        if (data.homeRegionCode() != null && !data.homeRegionCode().isBlank()) {
            home = em.find(Region.class, data.homeRegionCode().strip());
            if (home == null || !home.getPath().startsWith(team.getRound().getCampaign().getRegion().getPath())) {
                errors.add(FieldError.of("homeRegionCode", "inspection.team.homeUnknown", data.homeRegionCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = data.name() == null ? "" : data.name().strip();
        boolean taken = em.createNamedQuery(InspectionTeam.NAMED, Long.class).setParameter("round", team.getRound()).setParameter("name", name)
                .getResultList().stream().anyMatch(id -> !id.equals(team.getId()));
        if (taken) {
            throw new ConflictException(FieldError.of("name", "inspection.team.nameTaken", name));
        }
        team.edit(data, leader, members, home);
    }

    /** The account of an inspector with a unit in the campaign's region, or null with the reason in {@code errors}. */
    private UserAccount inspector(Scope scope, InspectionTeam team, String login, String field, List<FieldError> errors) {
        UserAccount a = login.isEmpty() ? null : em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null);
        if (a == null || !scope.covers(a.getRegion())) {
            errors.add(FieldError.of(field, "inspection.team.unknownAccount", login));
            return null;
        }
        if (!a.getRoles().contains(Role.INSPECTOR)) {
            errors.add(FieldError.of(field, "inspection.team.notInspector", a.getDisplayName()));
            return null;
        }
        if (a.getUnit() == null) {
            errors.add(FieldError.of(field, "inspection.team.noUnit", a.getDisplayName()));
            return null;
        }
        return a;
    }

    private InspectionTeam team(InspectionRound round, long teamId) {
        InspectionTeam team = em.find(InspectionTeam.class, teamId);
        if (team == null || !team.getRound().equals(round)) {
            throw new NotFoundException("InspectionTeam", teamId);
        }
        return team;
    }

    private static RoundStatus status(String sent) {
        if (sent == null || sent.isBlank()) {
            return null;
        }
        try {
            return RoundStatus.valueOf(sent.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of("status", "inspection.round.status", sent));
        }
    }

    RoundData data(InspectionRound round, boolean manages) {
        Object[] counts = em.createNamedQuery(InspectionVisit.COUNT_OF_ROUND, Object[].class).setParameter("round", round).getSingleResult();
        int teams = em.createNamedQuery(InspectionTeam.COUNT_OF_ROUND, Long.class).setParameter("round", round).getSingleResult().intValue();
        return round.data(teams, ((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(), manages);
    }
}
