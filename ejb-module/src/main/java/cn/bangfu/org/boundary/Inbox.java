package cn.bangfu.org.boundary;

import cn.bangfu.platform.entity.Roles;
import java.time.Clock;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.control.NoticeTexts;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.NoticeData;
import cn.bangfu.org.entity.NoticeText;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The inbox of the caller's unit: notices newest first, how many are unread, marking them read. A
 * user without a unit has an empty inbox; another unit's notice is 404.
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
        Scope scope = caller.get();
        if (scope.unitId() == null) {
            return new Page<>(List.of(), 0);
        }
        List<NoticeData> items = em.createNamedQuery(InboxNotice.OF_UNIT, InboxNotice.class).setParameter("unit", scope.unitId())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(n -> data(n, locale)).toList();
        long total = em.createNamedQuery(InboxNotice.COUNT_OF_UNIT, Long.class).setParameter("unit", scope.unitId()).getSingleResult();
        return new Page<>(items, total);
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public long unread() {
        Scope scope = caller.get();
        return scope.unitId() == null ? 0
                : em.createNamedQuery(InboxNotice.COUNT_UNREAD, Long.class).setParameter("unit", scope.unitId()).getSingleResult();
    }

    /** Marks one notice of the caller's unit read (again: no change) and returns it. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public NoticeData markRead(long id, Locale locale) {
        Scope scope = caller.get();
        InboxNotice notice = em.find(InboxNotice.class, id);
        if (notice == null || !scope.isUnit(notice.getUnit())) {
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

    /** Marks every unread notice of the caller's unit read; returns how many there were. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public int markAllRead() {
        Scope scope = caller.get();
        if (scope.unitId() == null) {
            return 0;
        }
        List<InboxNotice> unread = em.createNamedQuery(InboxNotice.UNREAD_OF_UNIT, InboxNotice.class).setParameter("unit", scope.unitId()).getResultList();
        Instant now = clock.instant();
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }
}
