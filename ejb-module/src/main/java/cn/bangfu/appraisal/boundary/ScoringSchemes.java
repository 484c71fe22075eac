package cn.bangfu.appraisal.boundary;

import cn.bangfu.appraisal.control.SchemeCheck;
import cn.bangfu.appraisal.entity.SchemeContent;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.appraisal.entity.SchemeStatus;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Scoring schemes (考评细则): the evaluation officers of the campaign's region draft one (from nothing, from last year's, or
 * as the next version of a published one), edit the draft — refused whole, with every problem on its field, when it does
 * not check — and publish it, after which it never changes. Everyone who follows the campaign reads them; a unit reads the
 * published ones (their rules are what it is scored by).
 */
@Stateless
public class ScoringSchemes {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public List<SchemeData> list(String campaignCode) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        return em.createNamedQuery(ScoringScheme.OF_CAMPAIGN, ScoringScheme.class).setParameter("campaign", campaign).getResultList().stream()
                .filter(s -> reads(scope, s)).map(ScoringScheme::data).toList();
    }

    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public SchemeData get(long id) {
        return readable(caller.get(), id).data();
    }

    /**
     * A new draft: the content sent, or, with {@code copyOf}, the content of that scheme (of this campaign or another the
     * caller sees, e.g. last year's) with whatever the body sends replacing it. A scheme of the same name in the campaign
     * makes this its next version.
     */
    @RolesAllowed(Roles.EVALUATOR)
    public SchemeData create(String campaignCode, SchemeData sent) {
        if (sent == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        requireWriter(scope, campaign);
        ScoringScheme source = null;
        SchemeData wanted = sent;
        if (sent.copyOf() != null) {
            source = readable(scope, sent.copyOf());
            wanted = merged(source, sent);
        }
        SchemeContent content = SchemeCheck.content(wanted);
        Integer last = em.createNamedQuery(ScoringScheme.LAST_VERSION, Integer.class).setParameter("campaign", campaign)
                .setParameter("name", content.name()).getSingleResult();
        ScoringScheme s = new ScoringScheme(campaign, content, last == null ? 1 : last + 1, source, scope.login(), clock.instant());
        em.persist(s);
        em.flush();
        audit.created(s);
        return s.data();
    }

    /** Replaces a draft's content (the version read is required; 409 when stale or published). */
    @RolesAllowed(Roles.EVALUATOR)
    public SchemeData update(long id, SchemeData sent) {
        if (sent == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        ScoringScheme s = readable(scope, id);
        requireWriter(scope, s.getCampaign());
        s.requireVersion(sent.version());
        SchemeContent content = SchemeCheck.content(sent);
        audit.update(s, () -> s.edit(content));
        em.flush();
        return s.data();
    }

    /** Publishes a draft: it is checked once more and then frozen. */
    @RolesAllowed(Roles.EVALUATOR)
    public SchemeData publish(long id, Long version) {
        Scope scope = caller.get();
        ScoringScheme s = readable(scope, id);
        requireWriter(scope, s.getCampaign());
        s.checkVersion(version);
        SchemeCheck.content(s.data());
        audit.change(s, "PUBLISHED", () -> s.publish(clock.instant()));
        em.flush();
        return s.data();
    }

    private ScoringScheme readable(Scope scope, long id) {
        ScoringScheme s = em.find(ScoringScheme.class, id);
        if (s == null || !s.getCampaign().visibleTo(scope) || !reads(scope, s)) {
            throw new NotFoundException("ScoringScheme", id);
        }
        return s;
    }

    /** A unit reads only published schemes; those who follow the campaign read the drafts too. */
    private static boolean reads(Scope scope, ScoringScheme s) {
        return s.getStatus() == SchemeStatus.PUBLISHED || scope.hasAny(Role.OFFICE, Role.EVALUATOR, Role.LEADER);
    }

    private static void requireWriter(Scope scope, Campaign campaign) {
        if (!scope.has(Role.EVALUATOR) || !campaign.managedBy(scope)) {
            throw new ForbiddenException(scope.login() + " does not maintain the schemes of campaign " + campaign.getCode());
        }
    }

    /**
     * The copy's content: what is sent, else the source's. The grade rules are copied when the source sets its own; a source
     * on the defaults leaves the copy on the defaults, of the copy's total.
     */
    private static SchemeData merged(ScoringScheme from, SchemeData sent) {
        SchemeData source = from.data();
        SchemeData.GradingData grading = from.ownGrading() == null ? null : source.grading();
        return new SchemeData(null, null, or(sent.name(), source.name()), or(sent.periodType(), source.periodType()),
                or(sent.from(), source.from()), or(sent.to(), source.to()), or(sent.appliesTo(), source.appliesTo()),
                or(sent.unitTypes(), source.unitTypes()), null, null, null, or(sent.total(), source.total()), or(sent.bonusCap(), source.bonusCap()),
                or(sent.indicators(), source.indicators()), or(sent.vetoes(), source.vetoes()), or(sent.grading(), grading), source.id());
    }

    private static <T> T or(T sent, T source) {
        return sent == null ? source : sent;
    }
}
