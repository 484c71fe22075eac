package cn.bangfu.report.control;

import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionTeam;
import cn.bangfu.inspection.entity.RoundStatus;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.report.entity.Circular;
import cn.bangfu.report.entity.CircularData;
import cn.bangfu.report.entity.CircularText;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Drafting and publishing a circular once the caller's right to has been settled (by the boundary, or the demo's loader):
 * the draft worded from the round's figures, the publication that tells every unit.
 */
@Dependent
public class CircularPublishing {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CircularFigures figures;

    @Inject
    AuditTrail audit;

    /** A draft of the round's circular (the demo drafts one too); the caller has been checked. */
    public Circular draft(InspectionRound round, CircularText sent, String login) {
        if (round.getStatus() == RoundStatus.PLANNING) {
            throw new ConflictException(FieldError.of("round", "circular.round.planning"));
        }
        CircularFigures.Result r = figures.of(round);
        int number = em.createNamedQuery(Circular.COUNT_OF_CAMPAIGN, Long.class).setParameter("campaign", round.getCampaign())
                .getSingleResult().intValue() + 1;
        int teams = em.createNamedQuery(InspectionTeam.COUNT_OF_ROUND, Long.class).setParameter("round", round).getSingleResult().intValue();
        CircularText generated = CircularDraft.of(round, r, number, teams);
        Circular c = new Circular(round, sent == null ? generated : merged(generated, sent), r.figures(), r.rows(), login, clock.instant());
        em.persist(c);
        em.flush();
        audit.created(c);
        return c;
    }

    private static CircularText merged(CircularText generated, CircularText sent) {
        return new CircularText(or(sent.title(), generated.title()), or(sent.docNumber(), generated.docNumber()),
                or(sent.issuer(), generated.issuer()), or(sent.summary(), generated.summary()), or(sent.praise(), generated.praise()),
                or(sent.criticism(), generated.criticism()), or(sent.requirements(), generated.requirements()), null);
    }

    private static String or(String sent, String generated) {
        return sent == null ? generated : sent;
    }

    /** Publishes on {@code day} and tells the units (the demo publishes its April circular on the seed's day). */
    public void publish(Circular c, String login, LocalDate day, Instant at) {
        audit.change(c, "PUBLISHED", () -> c.publish(login, day));
        Set<Unit> units = new LinkedHashSet<>(em.createQuery("select distinct au.unit from AssignmentUnit au join au.assignment a"
                + " where a.campaign = :campaign and a.validTo is null", Unit.class).setParameter("campaign", c.getCampaign()).getResultList());
        List<String> named = c.data(false).rows().stream().map(CircularData.Row::unitCode).toList();
        if (!named.isEmpty()) {
            units.addAll(em.createNamedQuery(Unit.BY_CODES, Unit.class).setParameter("codes", named).getResultList());
        }
        for (Unit u : units) {
            em.persist(CircularNotice.of(c, u, at));
        }
        em.flush();
    }

}
