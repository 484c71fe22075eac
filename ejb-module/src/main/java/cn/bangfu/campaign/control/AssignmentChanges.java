package cn.bangfu.campaign.control;

import java.time.Clock;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one way assignments are made and changed, so the API, the matrix page, the spreadsheet import
 * and the demo leave the same audit trail and send the same inbox notices. Callers have checked the
 * rules ({@code AssignmentRules}) and the caller's scope already.
 */
@Dependent
public class AssignmentChanges {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** A new current assignment; every unit on it is told. */
    public Assignment assign(Campaign campaign, AssistanceTarget target, Cadre leader, Unit leading, List<Unit> coUnits, LocalDate from) {
        Assignment a = new Assignment(campaign, target, leader, leading, coUnits, contacts(leading, coUnits), from);
        em.persist(a);
        audit.created(a);
        notify(a, null, clock.instant());
        return a;
    }

    /**
     * Ends the current assignment on {@code from} and begins the new one that day (history is kept);
     * every unit of the new one is told, and so is every unit that drops out.
     */
    public Assignment reassign(Assignment current, Cadre leader, Unit leading, List<Unit> coUnits, LocalDate from) {
        audit.change(current, "END", () -> current.endOn(from));
        // The ended row gives up its place in the unique key (campaign, current target) before the new row takes it.
        em.flush();
        Assignment next = new Assignment(current.getCampaign(), current.getTarget(), leader, leading, coUnits, contacts(leading, coUnits),
                from);
        em.persist(next);
        audit.created(next);
        notify(next, current, clock.instant());
        return next;
    }

    /**
     * Tells the units, in the order of events: on a reassignment the units that drop out first (the old
     * assignment ends), then the units of the new one. Notices of one change are stored in that order and
     * the inbox lists them newest first.
     */
    private void notify(Assignment next, Assignment previous, Instant now) {
        if (previous != null) {
            for (AssignmentUnit u : previous.units()) {
                if (!next.involves(u.getUnit())) {
                    send(u.getUnit(), AssignmentNotice.released(next, u.getUnit(), next.getValidFrom()), now);
                }
            }
        }
        for (AssignmentUnit u : next.units()) {
            send(u.getUnit(), AssignmentNotice.assigned(next, u.getUnit(), previous != null), now);
        }
    }

    private void send(Unit to, AssignmentNotice.Notice notice, Instant now) {
        em.persist(new InboxNotice(to, notice.kind(), notice.params(), notice.text(Messages.CHINESE), now));
    }

    /**
     * Each unit's contact cadre (具体联系人): the cadre of the unit who is its contact person by name. Units
     * whose contact person is no cadre on record have none; their notices show the unit's contact and phone.
     */
    Map<Unit, Cadre> contacts(Unit leading, List<Unit> coUnits) {
        List<Unit> units = new ArrayList<>();
        units.add(leading);
        units.addAll(coUnits);
        Map<Unit, Cadre> contacts = new HashMap<>();
        for (Cadre c : em.createQuery("select c from Cadre c where c.unit in :units order by c.id", Cadre.class)
                .setParameter("units", units).getResultList()) {
            for (Unit u : units) {
                if (Objects.equals(c.getUnit(), u) && Objects.equals(c.getName(), u.getContactName())) {
                    contacts.putIfAbsent(u, c);
                }
            }
        }
        return contacts;
    }
}
