package cn.bangfu.inspection.control;

import cn.bangfu.inspection.entity.Finding;
import cn.bangfu.inspection.entity.InspectionPhoto;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.Rectification;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who sees and who acts on findings, their photos and rectifications. Readers of the round read its findings; the
 * responsible unit reads its own findings and their rectifications; nobody else learns they exist (404). The visit's
 * team and the office of the campaign's region file findings and send rectifications; the responsible unit submits;
 * an inspector of the round verifies.
 */
@Dependent
public class FindingAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoundAccess rounds;

    public Finding readable(Scope scope, long id) {
        Finding f = em.find(Finding.class, id);
        if (f == null || !reads(scope, f)) {
            throw new NotFoundException("Finding", id);
        }
        return f;
    }

    public Rectification readableRectification(Scope scope, long id) {
        Rectification r = em.find(Rectification.class, id);
        if (r == null || !reads(scope, r.getFinding())) {
            throw new NotFoundException("Rectification", id);
        }
        return r;
    }

    public InspectionPhoto readablePhoto(Scope scope, long id) {
        InspectionPhoto p = em.find(InspectionPhoto.class, id);
        if (p == null || !reads(scope, p.getFinding())) {
            throw new NotFoundException("Photo", id);
        }
        return p;
    }

    /** A visit the caller files findings on: 404 when he cannot read its round, 403 when he reads it but is neither on its team nor its office. */
    public InspectionVisit fileable(Scope scope, long visitId) {
        InspectionVisit v = em.find(InspectionVisit.class, visitId);
        if (v == null || !rounds.reads(scope, v.getRound())) {
            throw new NotFoundException("InspectionVisit", visitId);
        }
        if (!files(scope, v)) {
            throw new ForbiddenException(scope.login() + " is not on the team of visit " + visitId);
        }
        return v;
    }

    /** Whether the caller files findings on the visit (and registers them, sends their rectifications, adds photos). */
    public boolean files(Scope scope, InspectionVisit visit) {
        return rounds.onTeam(scope, visit.getTeam()) || rounds.manages(scope, visit.getRound().getCampaign());
    }

    /** A finding the caller files on (see {@link #files}): 404 outside scope, 403 for a reader who may not. */
    public Finding actionable(Scope scope, long id) {
        Finding f = readable(scope, id);
        if (!files(scope, f.getVisit())) {
            throw new ForbiddenException(scope.login() + " may not act on finding " + id);
        }
        return f;
    }

    public boolean reads(Scope scope, Finding f) {
        return isResponsible(scope, f) || rounds.reads(scope, f.getRound());
    }

    /** The responsible unit's own account. */
    public boolean isResponsible(Scope scope, Finding f) {
        return scope.has(Role.UNIT) && f.getUnit().getId().equals(scope.unitId());
    }

    /** An inspector on a team of the finding's round: he verifies its rectification. */
    public boolean verifies(Scope scope, Finding f) {
        return rounds.onTeamOf(scope, f.getRound());
    }
}
