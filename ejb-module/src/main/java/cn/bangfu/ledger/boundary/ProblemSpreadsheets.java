package cn.bangfu.ledger.boundary;

import cn.bangfu.campaign.control.AssignmentImportCheck;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.ledger.control.CampaignLevels;
import cn.bangfu.ledger.control.LightWindow;
import cn.bangfu.ledger.control.MetricsSheet;
import cn.bangfu.ledger.control.ProblemCategories;
import cn.bangfu.ledger.control.ProblemFilters;
import cn.bangfu.ledger.control.ProblemImportCheck;
import cn.bangfu.ledger.control.ProblemNumbers;
import cn.bangfu.ledger.control.ProblemSearch;
import cn.bangfu.ledger.control.ProblemSheet;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemActor;
import cn.bangfu.ledger.entity.ProblemFilter;
import cn.bangfu.ledger.entity.ProblemQuery;
import cn.bangfu.ledger.entity.ProblemRow;
import cn.bangfu.ledger.entity.ServiceLevels;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.control.Clocks;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A campaign's problem ledger (问题台账) in Excel: the template, the all-or-nothing import of the office's existing
 * ledger (each problem with its days and state as imported events; the same file twice changes nothing), the export of
 * the ledger as the user filtered it in the same layout (so it imports again unchanged), and the metrics as a sheet.
 */
@Stateless
public class ProblemSpreadsheets {

    /** Keys per IN list when importing (databases cap bind parameters) and problems per query when exporting. */
    static final int CHUNK = ChunkedLookup.CHUNK;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    ProblemCategories categories;

    @Inject
    ProblemNumbers numbers;

    @Inject
    CampaignLevels levels;

    @Inject
    WorkCalendars calendars;

    @Inject
    ProblemFilters filters;

    @Inject
    ProblemSearch search;

    @Inject
    ProblemLedger ledger;

    @Inject
    AuditTrail audit;

    /** The empty ledger to fill in; its help sheet lists the categories the campaign's problems may have. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] template(String campaignCode) {
        Campaign c = campaigns.visible(caller.get(), campaignCode);
        return ProblemSheet.template(categories.usableIn(c.getRegion().getPath()));
    }

    /**
     * Imports every row or none, for the office of a region the campaign lies in (another user who sees the campaign: 403;
     * one who does not: 404). Each new row is a problem registered and routed on its 提出日期 and resolved (and closed) on
     * its 办结日期, as imported events, its title the description's first sentence; a row the campaign has already (the
     * same enterprise, day and description) is left unchanged. Every created problem is in the audit trail.
     *
     * @throws ImportRejectedException with every bad cell (row, column letter, reason), or when the file is unreadable,
     *                                 has the wrong header or no data rows
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public ImportResult importProblems(String campaignCode, byte[] xlsx) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.managed(scope, campaignCode);
        if (!scope.has(Role.OFFICE)) {
            throw new ForbiddenException(scope.login() + " may not import problems: the campaign office does");
        }
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            throw new ConflictException(FieldError.of("campaign", "ledger.campaign.closed"));
        }
        List<ProblemRow> rows = ProblemSheet.read(xlsx);
        LocalDate today = LocalDate.now(clock);
        ProblemImportCheck.Result checked = ProblemImportCheck.check(rows, campaign, lookups(campaign, rows), today);
        if (!checked.errors().isEmpty()) {
            throw new ImportRejectedException(checked.errors());
        }
        ProblemActor office = new ProblemActor(scope.login(), scope.unitId(), true, false, false);
        ServiceLevels serviceLevels = levels.of(campaign);
        WorkCalendar calendar = calendars.current();
        Instant now = clock.instant();
        List<String> numbered = numbers(checked.plan());
        for (int i = 0; i < checked.plan().size(); i++) {
            ProblemImportCheck.Planned p = checked.plan().get(i);
            Problem.ImportedProblem imported = Problem.imported(numbered.get(i), p.registration(), p.imported(), office, serviceLevels,
                    calendar, Clocks.CHINA, now, today);
            em.persist(imported.problem());
            imported.events().forEach(em::persist);
            audit.created(imported.problem());
        }
        em.flush();
        return new ImportResult(checked.plan().size(), 0, checked.unchanged());
    }

    /** The registration numbers of the planned problems, in order: one block per county and year raised. */
    private List<String> numbers(List<ProblemImportCheck.Planned> plan) {
        Map<String, List<Integer>> byCountyAndYear = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            Problem.Registration r = plan.get(i).registration();
            byCountyAndYear.computeIfAbsent(Problem.countyOf(r.target().getRegion().getCode()) + " " + r.raisedOn().getYear(),
                    k -> new ArrayList<>()).add(i);
        }
        String[] numbered = new String[plan.size()];
        for (List<Integer> group : byCountyAndYear.values()) {
            Problem.Registration first = plan.get(group.get(0)).registration();
            List<String> block = numbers.next(first.target().getRegion().getCode(), first.raisedOn().getYear(), group.size());
            for (int i = 0; i < group.size(); i++) {
                numbered[group.get(i)] = block.get(i);
            }
        }
        return List.of(numbered);
    }

    /** The campaign's problems as {@link ProblemLedger#find} lists them for these filters and text, withdrawn ones left out, all of them. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.ENTERPRISE})
    public byte[] export(String campaignCode, ProblemQuery query, String q) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        return export(scope, campaign, filters.of(scope, query == null ? ProblemQuery.NONE : query), q);
    }

    /** As {@link #export(String, ProblemQuery, String)}, with a filter already resolved (the pages'). */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.ENTERPRISE})
    public byte[] export(String campaignCode, ProblemFilter filter, String q) {
        Scope scope = caller.get();
        return export(scope, campaigns.visible(scope, campaignCode), filter == null ? ProblemFilter.NONE : filter, q);
    }

    private byte[] export(Scope scope, Campaign campaign, ProblemFilter filter, String q) {
        List<ProblemCategories.Category> usable = categories.usableIn(campaign.getRegion().getPath());
        Iterable<ProblemRow> rows = search.onLedger(scope, campaign, filter, LightWindow.of(calendars.current(), LocalDate.now(clock)), q,
                CHUNK, p -> ProblemSheet.row(p, categories.name(p.getCategory(), Messages.CHINESE)));
        return ProblemSheet.export(rows, usable);
    }

    /**
     * The metrics {@link ProblemLedger#metrics} reports for these arguments as a sheet: a row per unit, region, category
     * or month, then the total; the rates as percentages with one decimal.
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] exportMetrics(String campaignCode, String by, LocalDate from, LocalDate to, String regionCode, String unitCode,
                                String sort, Locale locale) {
        Campaign campaign = campaigns.visible(caller.get(), campaignCode);
        return MetricsSheet.export(ledger.metrics(campaignCode, by, from, to, regionCode, unitCode, sort, locale), campaign.getName(), from, to);
    }

    /**
     * What the rows name, a few queries for the whole file: enterprises by credit code, key projects and units of the
     * campaign's region by name, units by code, and the keys of the campaign's problems of those targets.
     */
    private ProblemImportCheck.Lookups lookups(Campaign campaign, List<ProblemRow> rows) {
        String region = campaign.getRegion().pathPattern();
        List<String> codes = rows.stream().map(r -> CreditCode.normalise(r.creditCode())).filter(Objects::nonNull).distinct().toList();
        Map<String, Enterprise> enterprises = ChunkedLookup.byKeys(em, Enterprise.BY_CREDIT_CODES, Enterprise.class, codes,
                Enterprise::getCreditCode, CHUNK);
        List<String> projectNames = rows.stream().filter(r -> CreditCode.normalise(r.creditCode()) == null).map(r -> Text.clean(r.enterpriseName()))
                .filter(Objects::nonNull).distinct().toList();
        List<KeyProject> projects = ChunkedLookup.inChunks(projectNames, CHUNK, slice -> em.createNamedQuery(KeyProject.NAMED_WITHIN,
                KeyProject.class).setParameter("region", region).setParameter("names", slice).getResultList());
        List<String> unitCells = rows.stream().map(r -> Text.clean(r.unit())).filter(Objects::nonNull).distinct().toList();
        Map<String, Unit> unitsByCode = ChunkedLookup.byKeys(em, Unit.BY_CODES, Unit.class, unitCells, Unit::getCode, CHUNK);
        List<Unit> named = ChunkedLookup.inChunks(unitCells, CHUNK, slice -> em.createNamedQuery(Unit.NAMED_WITHIN, Unit.class)
                .setParameter("region", region).setParameter("names", slice).getResultList());
        Map<Long, AssistanceTarget> targets = new HashMap<>();
        Stream.concat(enterprises.values().stream(), projects.stream()).forEach(t -> targets.put(t.getId(), t));
        Set<String> keys = new HashSet<>();
        for (Object[] p : ChunkedLookup.inChunks(List.copyOf(targets.keySet()), CHUNK, slice -> em.createNamedQuery(Problem.LEDGER_ROWS_OF,
                Object[].class).setParameter("campaign", campaign.getId()).setParameter("targets", slice).getResultList())) {
            if (p[4] != null) {
                keys.add((String) p[4]);
            }
            keys.add(ProblemImportCheck.key(campaign.getCode(), targets.get((Long) p[0]), (LocalDate) p[1], ProblemSheet.text((String) p[2],
                    (String) p[3])));
        }
        return new ProblemImportCheck.Lookups(enterprises, AssignmentImportCheck.byName(projects, KeyProject::getName), unitsByCode,
                AssignmentImportCheck.byName(named, Unit::getName), categories.all(), keys);
    }
}
