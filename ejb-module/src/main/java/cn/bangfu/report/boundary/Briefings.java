package cn.bangfu.report.boundary;

import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.report.control.BriefingFigures;
import cn.bangfu.report.control.BriefingLayout;
import cn.bangfu.report.entity.Briefing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A campaign's monthly briefing (简报) as a Chinese PDF, generated from the records whenever it is asked for, so it is
 * never out of step with them. For those who follow a campaign as a whole: the office, contact leaders and evaluation
 * officers. Not for units or enterprises (it ranks the units), nor for inspectors, who see only their own teams' rounds
 * while a briefing counts every round's findings. The campaign must be visible to the caller (404 otherwise); the
 * figures are those of his region, a contact leader's those of the targets he leads.
 */
@Stateless
public class Briefings {

    @Inject
    Clock clock;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    BriefingFigures figures;

    @PersistenceContext
    EntityManager em;

    /**
     * The briefing of {@code month}: from the campaign's first month up to the current one (400 otherwise, the field
     * "month"); the current month counts up to today.
     */
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.EVALUATOR})
    public byte[] pdf(String campaignCode, YearMonth month) {
        return BriefingLayout.pdf(briefing(campaignCode, month));
    }

    /** The figures of the briefing of {@code month}, as {@link #pdf} lays them out. */
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.EVALUATOR})
    public Briefing briefing(String campaignCode, YearMonth month) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        LocalDate today = LocalDate.now(clock);
        checkMonth(campaign, month, today);
        return figures.of(scope, campaign, month, today, clock.getZone(), coverage(scope, campaign));
    }

    private static void checkMonth(Campaign campaign, YearMonth month, LocalDate today) {
        if (month == null) {
            throw new InvalidInputException(FieldError.of("month", "field.required"));
        }
        YearMonth first = YearMonth.from(campaign.getStartDate());
        if (month.isBefore(first)) {
            throw new InvalidInputException(FieldError.of("month", "briefing.month.beforeStart", month.toString(), first.toString()));
        }
        YearMonth current = YearMonth.from(today);
        if (month.isAfter(current)) {
            throw new InvalidInputException(FieldError.of("month", "briefing.month.future", month.toString(), current.toString()));
        }
    }

    /** What a briefing narrower than the campaign covers, in words for its text; null for the whole campaign. */
    private String coverage(Scope scope, Campaign campaign) {
        if (!scope.hasAny(Role.OFFICE, Role.EVALUATOR)) {
            return "本期只统计您联系的帮扶对象";
        }
        if (scope.covers(campaign.getRegion())) {
            return null;
        }
        Region region = em.find(Region.class, scope.regionCode());
        return "本期只统计" + (region == null ? scope.regionCode() : region.getName()) + "范围内的帮扶对象和单位";
    }
}
