package cn.bangfu.report.boundary;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.inspection.control.RoundAccess;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.SheetWriter;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.report.control.CircularAccess;
import cn.bangfu.report.control.CircularColumn;
import cn.bangfu.report.control.CircularLayout;
import cn.bangfu.report.control.CircularPublishing;
import cn.bangfu.report.entity.Circular;
import cn.bangfu.report.entity.CircularData;
import cn.bangfu.report.entity.CircularText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Inspection circulars (督查通报): the office drafts one from a round whose schedule is out (the figures and the table of
 * findings by unit taken from the records then), edits its title, 文号 and narrative, and publishes it to every unit of the
 * campaign, which makes its day the campaign's first circular if it is the first. Read as JSON, PDF or the table as xlsx.
 */
@Stateless
public class Circulars {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    RoundAccess rounds;

    @Inject
    CircularAccess access;

    @Inject
    CircularPublishing publishing;

    @Inject
    AuditTrail audit;

    /** A new draft of the round's circular, worded from its figures; texts sent replace the generated ones. */
    @RolesAllowed(Roles.OFFICE)
    public CircularData draft(String campaignCode, long roundId, CircularText sent) {
        Scope scope = caller.get();
        InspectionRound round = rounds.managed(scope, campaignCode, roundId);
        return publishing.draft(round, sent, scope.login()).data(true);
    }

    /** The round's circulars, newest first. */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public List<CircularData> ofRound(String campaignCode, long roundId) {
        Scope scope = caller.get();
        InspectionRound round = rounds.readable(scope, campaignCode, roundId);
        boolean writes = rounds.manages(scope, round.getCampaign());
        return em.createNamedQuery(Circular.OF_ROUND, Circular.class).setParameter("round", round).getResultList().stream()
                .map(c -> c.data(writes)).toList();
    }

    /** The published circulars of the campaigns the caller sees, newest first: what a unit reads. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public List<CircularData> published() {
        Scope scope = caller.get();
        List<Long> campaigns = em.createQuery("select c from Campaign c join fetch c.region", Campaign.class).getResultStream()
                .filter(c -> c.visibleTo(scope)).map(Campaign::getId).toList();
        if (campaigns.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Circular.PUBLISHED_VISIBLE, Circular.class).setParameter("campaigns", campaigns).getResultList().stream()
                .map(c -> c.data(false)).toList();
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public CircularData get(long id) {
        Scope scope = caller.get();
        Circular c = access.readable(scope, id);
        return c.data(access.writes(scope, c));
    }

    /** Edits a draft's texts (409 once published; a stale version is 409). */
    @RolesAllowed(Roles.OFFICE)
    public CircularData update(long id, CircularText text) {
        if (text == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Circular c = access.writable(caller.get(), id);
        c.requireVersion(text.version());
        audit.update(c, () -> c.edit(text));
        em.flush();
        return c.data(true);
    }

    /** Publishes a draft: every unit of the campaign's current assignments, and every unit the table names, gets it in its inbox. */
    @RolesAllowed(Roles.OFFICE)
    public CircularData publish(long id, Long version) {
        Scope scope = caller.get();
        Circular c = access.writable(scope, id);
        c.checkVersion(version);
        publishing.publish(c, scope.login(), LocalDate.now(clock), clock.instant());
        return c.data(true);
    }

    /** The circular as a PDF in Chinese (a draft marked as such). */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public byte[] pdf(long id) {
        return CircularLayout.pdf(access.readable(caller.get(), id).data(false), LocalDate.now(clock));
    }

    /** The circular's table as a spreadsheet (督查发现问题情况表). */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public byte[] sheet(long id) {
        CircularData c = access.readable(caller.get(), id).data(false);
        int[] no = {0};
        return SheetWriter.write(w -> w.values(w.dataSheet("督查发现问题情况表", CircularColumn.values(), 3), c.rows(),
                r -> new Object[] {++no[0], r.unitName(), r.findings(), r.minor(), r.major(), r.serious(), r.items(), r.rectified(), r.unitCode()}));
    }
}
