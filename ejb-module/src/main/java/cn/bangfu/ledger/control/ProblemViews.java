package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemActor;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemEvent;
import cn.bangfu.ledger.entity.ProblemEventData;
import cn.bangfu.ledger.entity.ProblemFile;
import cn.bangfu.ledger.entity.ProblemAttachment;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.AttachmentInfo;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Problems as a user sees them ({@link ProblemData}): who he is to each (office, responsible unit, its enterprise),
 * today's light on the working-day calendar, the category's name in his language; one problem with its history, a
 * page of them with one query for all their assisting units.
 */
@Dependent
public class ProblemViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkCalendars calendars;

    @Inject
    ProblemCategories categories;

    /** Who the user is to this problem, as far as its rules care. */
    public ProblemActor actor(Scope scope, Problem p) {
        boolean office = scope.has(Role.OFFICE) && !scope.unitOnly() && p.getCampaign().managedBy(scope);
        boolean responsible = scope.has(Role.UNIT) && scope.isUnit(p.getResponsibleUnit());
        boolean enterprise = scope.has(Role.ENTERPRISE) && p.getTargetId().equals(scope.enterpriseId());
        return new ProblemActor(scope.login(), scope.unitId(), office, responsible, enterprise);
    }

    /** One problem with its events (registration first) and their attachments. */
    public ProblemData one(Scope scope, Problem p, Locale locale) {
        List<ProblemFile> files = em.createNamedQuery(ProblemAttachment.INFO_OF, ProblemFile.class).setParameter("problem", p.getId())
                .getResultList();
        Map<Long, List<AttachmentInfo>> byEvent = new HashMap<>();
        files.forEach(f -> byEvent.computeIfAbsent(f.eventId(), k -> new ArrayList<>()).add(f.info()));
        List<ProblemEvent> history = em.createNamedQuery(ProblemEvent.OF_PROBLEM, ProblemEvent.class).setParameter("problem", p).getResultList();
        Map<String, String> names = new HashMap<>();
        List<String> logins = history.stream().map(ProblemEvent::getActorLogin).distinct().toList();
        for (Object[] row : ChunkedLookup.all(em, UserAccount.NAMES_OF, Object[].class, "logins", logins)) {
            names.put((String) row[0], (String) row[1]);
        }
        List<ProblemEventData> events = history.stream()
                .map(e -> e.data(names.get(e.getActorLogin()), byEvent.getOrDefault(e.getId(), List.of()))).toList();
        List<Unit> assisting = p.getAssistingUnits().stream().sorted(java.util.Comparator.comparing(Unit::getCode)).toList();
        return p.data(calendars.current(), LocalDate.now(clock), actor(scope, p), categories.name(p.getCategory(), locale), assisting,
                withProblemFiles(events, byEvent.get(null)));
    }

    /** Files attached to the problem itself show with its registration, the first event. */
    private static List<ProblemEventData> withProblemFiles(List<ProblemEventData> events, List<AttachmentInfo> files) {
        if (files == null || events.isEmpty()) {
            return events;
        }
        List<ProblemEventData> list = new ArrayList<>(events);
        ProblemEventData first = list.get(0);
        List<AttachmentInfo> all = new ArrayList<>(files);
        all.addAll(first.attachments());
        list.set(0, new ProblemEventData(first.id(), first.action(), first.from(), first.to(), first.actor(), first.actorName(), first.at(),
                first.reason(), first.note(), first.imported(), all));
        return list;
    }

    /** A page of problems, without their events. */
    public List<ProblemData> page(Scope scope, List<Problem> problems, Locale locale) {
        Map<Long, List<Unit>> assisting = new HashMap<>();
        List<Long> ids = problems.stream().map(Problem::getId).toList();
        for (Object[] row : ChunkedLookup.all(em, Problem.ASSISTING_OF, Object[].class, "ids", ids)) {
            assisting.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Unit) row[1]);
        }
        WorkCalendar calendar = calendars.current();
        LocalDate today = LocalDate.now(clock);
        return problems.stream().map(p -> p.data(calendar, today, actor(scope, p), categories.name(p.getCategory(), locale),
                assisting.getOrDefault(p.getId(), List.of()), null)).toList();
    }
}
