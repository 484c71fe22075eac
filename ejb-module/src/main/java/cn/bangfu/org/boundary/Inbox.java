package cn.bangfu.org.boundary;

import cn.bangfu.platform.entity.Roles;
import java.time.Clock;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.control.NoticeTexts;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.NoticeData;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The caller's inbox: his unit's, for an office account the inbox of his region's campaign office, for
 * a contact leader the notices to his cadre.
 * Notices newest first, how many are unread, marking them read. Other users have an empty inbox;
 * a notice of another inbox is 404.
 */
@Stateless
public class Inbox {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    @Any
    Instance<NoticeTexts> texts;

    /** The caller's notices, newest first (in the order they were sent), rendered in {@code locale}. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Page<NoticeData> find(PageRequest page, Locale locale) {
        Box box = Box.of(caller.get());
        if (box == null) {
            return new Page<>(List.of(), 0);
        }
        List<NoticeData> items = box.bind(em.createQuery("select n from InboxNotice n where " + box.where()
                        + " order by n.createdAt desc, n.id desc", InboxNotice.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(n -> data(n, locale)).toList();
        long total = box.bind(em.createQuery("select count(n) from InboxNotice n where " + box.where(), Long.class)).getSingleResult();
        return new Page<>(items, total);
    }

    /** Whether the caller has an inbox at all; the others are told whose inboxes there are. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public boolean exists() {
        return Box.of(caller.get()) != null;
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public long unread() {
        Box box = Box.of(caller.get());
        return box == null ? 0 : box.bind(em.createQuery("select count(n) from InboxNotice n where (" + box.where() + ") and n.readAt is null",
                Long.class)).getSingleResult();
    }

    /**
     * The inboxes the caller reads: his unit's (a unit account), else the office of his region's (an office account),
     * else his cadre's (a contact leader's); and besides that one the evaluation officers' of his region (an evaluator's
     * not limited to a unit, as {@code Campaign.managedBy} has it). Null when none: an inspector's account names his
     * unit for 回避, not to read its mail.
     */
    record Box(Long unit, String office, Long cadre, String evaluators) {

        static Box of(Scope scope) {
            Long unit = scope.unitId() != null && scope.has(Role.UNIT) ? scope.unitId() : null;
            String office = unit == null && scope.has(Role.OFFICE) ? scope.regionCode() : null;
            Long cadre = unit == null && office == null && scope.has(Role.LEADER) ? scope.cadreId() : null;
            String evaluators = scope.has(Role.EVALUATOR) && !scope.unitOnly() ? scope.regionCode() : null;
            return unit == null && office == null && cadre == null && evaluators == null ? null : new Box(unit, office, cadre, evaluators);
        }

        /** The JPQL condition on {@code n} that selects the notices of these inboxes, each by its own indexed column. */
        String where() {
            List<String> any = new ArrayList<>();
            if (unit != null) {
                any.add("n.unit.id = :unit");
            }
            if (office != null) {
                any.add("n.officeRegion.code = :office");
            }
            if (cadre != null) {
                any.add("n.cadre.id = :cadre");
            }
            if (evaluators != null) {
                any.add("n.evaluatorsRegion.code = :evaluators");
            }
            return String.join(" or ", any);
        }

        <Q extends Query> Q bind(Q query) {
            if (unit != null) {
                query.setParameter("unit", unit);
            }
            if (office != null) {
                query.setParameter("office", office);
            }
            if (cadre != null) {
                query.setParameter("cadre", cadre);
            }
            if (evaluators != null) {
                query.setParameter("evaluators", evaluators);
            }
            return query;
        }
    }

    /** Marks one notice of the caller's inbox read (again: no change) and returns it. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public NoticeData markRead(long id, Locale locale) {
        Scope scope = caller.get();
        InboxNotice notice = em.find(InboxNotice.class, id);
        if (notice == null || !notice.readableBy(scope)) {
            throw new NotFoundException("InboxNotice", id);
        }
        notice.markRead(clock.instant());
        return data(notice, locale);
    }

    /** Rendered from its data in the reader's language; a notice without data (or of a kind nobody renders) shows its stored text. */
    NoticeData data(InboxNotice n, Locale locale) {
        if (n.getKind() != null) {
            Map<String, String> params = n.params();
            for (NoticeTexts t : texts) {
                try {
                    Optional<NoticeText> text = t.render(n.getKind(), params, Messages.supported(locale));
                    if (text.isPresent()) {
                        return n.data(text.get(), t.about(n.getKind(), params).orElse(null));
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "Inbox notice " + n.getId() + " of kind " + n.getKind() + " shown with its stored text");
                }
            }
        }
        return n.data();
    }

    /** Marks every unread notice of the caller's inbox read, in one statement (an evaluators' inbox holds a province's forms); returns how many. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public int markAllRead() {
        Box box = Box.of(caller.get());
        if (box == null) {
            return 0;
        }
        return box.bind(em.createQuery("update InboxNotice n set n.readAt = :now where (" + box.where() + ") and n.readAt is null"))
                .setParameter("now", clock.instant()).executeUpdate();
    }
}
