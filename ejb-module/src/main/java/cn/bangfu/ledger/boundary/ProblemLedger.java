package cn.bangfu.ledger.boundary;

import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.control.LedgerCounts;
import cn.bangfu.ledger.control.LedgerMetrics;
import cn.bangfu.ledger.control.LightWindow;
import cn.bangfu.ledger.control.ProblemFilters;
import cn.bangfu.ledger.control.ProblemSearch;
import cn.bangfu.ledger.control.ProblemViews;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.LedgerSummary;
import cn.bangfu.ledger.entity.MetricsFilter;
import cn.bangfu.ledger.entity.MetricsGrouping;
import cn.bangfu.ledger.entity.MetricsReport;
import cn.bangfu.ledger.entity.MetricsRow;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemFilter;
import cn.bangfu.ledger.entity.ProblemQuery;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.Codes;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ledger of a campaign as lists and figures: its problems filtered and paged in the database, a unit's or an
 * enterprise's own problems, the office's dashboard counts, and the metrics (化解率, 销号率, 按时办结率, 满意率) by unit,
 * region, category or month, ranked by any of them. Everything over the problems the caller sees.
 */
@Stateless
public class ProblemLedger {

    @Inject
    Clock clock;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    ProblemSearch search;

    @Inject
    ProblemFilters filters;

    @Inject
    ProblemViews views;

    @Inject
    WorkCalendars calendars;

    @Inject
    LedgerMetrics metrics;

    @Inject
    LedgerCounts counts;

    /** The campaign's problems the caller sees, filtered, newest first unless sorted otherwise. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.ENTERPRISE})
    public Page<ProblemData> find(String campaignCode, ProblemQuery query, PageRequest page, Locale locale) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        return find(scope, campaign, filters.of(scope, query), page, locale);
    }

    /** As {@link #find(String, ProblemQuery, PageRequest, Locale)}, with a filter already resolved (the pages'). */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.ENTERPRISE})
    public Page<ProblemData> find(String campaignCode, ProblemFilter filter, PageRequest page, Locale locale) {
        Scope scope = caller.get();
        return find(scope, campaigns.visible(scope, campaignCode), filter, page, locale);
    }

    private Page<ProblemData> find(Scope scope, Campaign campaign, ProblemFilter filter, PageRequest page, Locale locale) {
        page.requireSort(ProblemSearch::sortable);
        Page<Problem> found = search.find(scope, campaign, filter, lights(), page);
        return new Page<>(views.page(scope, found.items(), locale), found.total());
    }

    /**
     * The caller's own problems, across campaigns: a unit's, routed to it as 主办 or 协办; an enterprise's, of its own
     * enterprise; a contact leader's, of the targets he leads. By deadline unless sorted otherwise.
     */
    @RolesAllowed({Roles.UNIT, Roles.ENTERPRISE, Roles.LEADER})
    public Page<ProblemData> mine(ProblemQuery query, boolean extensionPending, PageRequest page, Locale locale) {
        Scope scope = caller.get();
        ProblemFilter filter = filters.of(scope, query);
        if (scope.unitOnly()) {
            filter = filter.routedTo(scope.unitId());
        } else if (!scope.enterpriseOnly() && !scope.has(cn.bangfu.org.entity.Role.LEADER)) {
            throw new ForbiddenException(scope.login() + " has no problems of his own");
        }
        if (extensionPending) {
            filter = filter.withExtensionPending();
        }
        PageRequest p = page.sort() == null ? new PageRequest(page.page(), page.size(), "deadline", page.q()) : page;
        p.requireSort(ProblemSearch::sortable);
        Page<Problem> found = search.find(scope, null, filter, lights(), p);
        return new Page<>(views.page(scope, found.items(), locale), found.total());
    }

    /** The dashboard's counts of the campaign's problems the caller sees: by state, by light, escalated, extensions waiting. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public LedgerSummary summary(String campaignCode) {
        Scope scope = caller.get();
        return counts.of(scope, campaigns.visible(scope, campaignCode), lights());
    }

    /**
     * The metrics of the campaign by {@code by} (unit, region, category, month, total), from … to (day raised), in a
     * region, of a unit; {@code sort} ranks the rows by a measure ("-onTimeRate": highest first; "collected": lowest first).
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public MetricsReport metrics(String campaignCode, String by, LocalDate from, LocalDate to, String regionCode, String unitCode,
                                 String sort, Locale locale) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        MetricsGrouping grouping = MetricsGrouping.of(by);
        List<FieldError> errors = new ArrayList<>();
        if (grouping == null) {
            errors.add(Codes.unknown("by", by, MetricsGrouping.class));
        }
        String measure = sort == null || sort.isBlank() ? null : sort.strip().replaceFirst("^[-+]", "");
        if (measure != null && !MetricsRow.MEASURES.containsKey(measure)) {
            errors.add(FieldError.of("sort", "sort.unknown", measure));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MetricsFilter f = filters.metrics(scope, from, to, regionCode, unitCode);
        MetricsReport report = metrics.report(scope, campaign, f, grouping, locale);
        if (measure == null) {
            return report;
        }
        List<MetricsRow> ranked = new ArrayList<>(report.items());
        ranked.sort(MetricsRow.ranking(measure, !sort.strip().startsWith("-")));
        return new MetricsReport(report.by(), ranked, report.total());
    }

    private LightWindow lights() {
        return LightWindow.of(calendars.current(), LocalDate.now(clock));
    }
}
