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
import jakarta.persistence.TypedQuery;
import java.time.Instant;
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
        Box box = box(caller.get());
        if (box == null) {
            return new Page<>(List.of(), 0);
        }
        List<NoticeData> items = query(box, box.all(), InboxNotice.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(n -> data(n, locale)).toList();
        long total = query(box, box.count(), Long.class).getSingleResult();
        return new Page<>(items, total);
    }

    /** Whether the caller has an inbox at all (see {@link #box}); the others are told whose inboxes there are. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public boolean exists() {
        return box(caller.get()) != null;
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public long unread() {
        Box box = box(caller.get());
        return box == null ? 0 : query(box, box.countUnread(), Long.class).getSingleResult();
    }

    /**
     * Whose inbox the caller reads: his unit's (a unit account), the office of his region's (an office account), the
     * evaluation officers' of his region (an evaluator's), his cadre's (a contact leader's), or none. An inspector's
     * account names his unit for 回避, not to read its mail.
     */
    private Box box(Scope scope) {
        if (scope.unitId() != null && scope.has(Role.UNIT)) {
            return new Box("unit", scope.unitId(), InboxNotice.OF_UNIT, InboxNotice.COUNT_OF_UNIT, InboxNotice.UNREAD_OF_UNIT,
                    InboxNotice.COUNT_UNREAD);
        }
        if (scope.has(Role.OFFICE)) {
            return new Box("region", scope.regionCode(), InboxNotice.OF_OFFICE, InboxNotice.COUNT_OF_OFFICE, InboxNotice.UNREAD_OF_OFFICE,
                    InboxNotice.COUNT_UNREAD_OF_OFFICE);
        }
        if (scope.has(Role.EVALUATOR) && scope.unitId() == null) {
            return new Box("region", scope.regionCode(), InboxNotice.OF_EVALUATORS, InboxNotice.COUNT_OF_EVALUATORS,
                    InboxNotice.UNREAD_OF_EVALUATORS, InboxNotice.COUNT_UNREAD_OF_EVALUATORS);
        }
        return scope.has(Role.LEADER) && scope.cadreId() != null ? new Box("cadre", scope.cadreId(), InboxNotice.OF_CADRE,
                InboxNotice.COUNT_OF_CADRE, InboxNotice.UNREAD_OF_CADRE, InboxNotice.COUNT_UNREAD_OF_CADRE) : null;
    }

    /** One inbox: the named queries that read it and the value of their one parameter. */
    private record Box(String parameter, Object value, String all, String count, String unread, String countUnread) {
    }

    private <T> TypedQuery<T> query(Box box, String name, Class<T> type) {
        return em.createNamedQuery(name, type).setParameter(box.parameter(), box.value());
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
                        return n.data(text.get());
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "Inbox notice " + n.getId() + " of kind " + n.getKind() + " shown with its stored text");
                }
            }
        }
        return n.data();
    }

    /** Marks every unread notice of the caller's inbox read; returns how many there were. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public int markAllRead() {
        Box box = box(caller.get());
        if (box == null) {
            return 0;
        }
        List<InboxNotice> unread = query(box, box.unread(), InboxNotice.class).getResultList();
        Instant now = clock.instant();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }
}
