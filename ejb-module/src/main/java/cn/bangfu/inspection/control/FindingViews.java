package cn.bangfu.inspection.control;

import cn.bangfu.inspection.entity.Finding;
import cn.bangfu.inspection.entity.FindingData;
import cn.bangfu.inspection.entity.InspectedRef;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.Rectification;
import cn.bangfu.inspection.entity.RectificationAction;
import cn.bangfu.inspection.entity.RectificationData;
import cn.bangfu.inspection.entity.RectificationEvent;
import cn.bangfu.inspection.entity.RectificationEventData;
import cn.bangfu.inspection.entity.RectificationRef;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Findings and rectifications as the API and pages show them, a page at a time: the photos, rectifications, evidence and
 * histories of all the records on it in one query each, never one per record.
 */
@Dependent
public class FindingViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkCalendars calendars;

    @Inject
    FindingAccess access;

    @Inject
    RoundAccess rounds;

    public FindingData one(Finding f) {
        return of(List.of(f)).get(0);
    }

    /** The findings in their order, each with its photos and its rectification in brief. */
    public List<FindingData> of(List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Long> ids = findings.stream().map(Finding::getId).toList();
        Map<Long, List<Long>> photos = grouped(em.createNamedQuery(Finding.PHOTOS_OF, Object[].class).setParameter("ids", ids).getResultList());
        Map<Long, Rectification> rectifications = em.createNamedQuery(Rectification.OF_FINDINGS, Rectification.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(r -> r.getFinding().getId(), Function.identity()));
        WorkCalendar calendar = calendars.current();
        LocalDate today = LocalDate.now(clock);
        return findings.stream().map(f -> data(f, photos.getOrDefault(f.getId(), List.of()), rectifications.get(f.getId()), calendar, today))
                .toList();
    }

    public RectificationData one(Scope scope, Rectification r) {
        return rectifications(scope, List.of(r)).get(0);
    }

    /** The rectifications in their order, each with its finding, evidence, history and the steps the caller may take. */
    public List<RectificationData> rectifications(Scope scope, List<Rectification> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, FindingData> findings = of(list.stream().map(Rectification::getFinding).toList()).stream()
                .collect(Collectors.toMap(FindingData::id, Function.identity()));
        List<Long> ids = list.stream().map(Rectification::getId).toList();
        Map<Long, List<Long>> evidence = grouped(em.createQuery("select p.rectification.id, p.id from InspectionPhoto p"
                + " where p.rectification.id in :ids order by p.id", Object[].class).setParameter("ids", ids).getResultList());
        Map<Long, List<RectificationEventData>> events = new HashMap<>();
        for (RectificationEvent e : em.createQuery("select e from RectificationEvent e where e.rectification.id in :ids order by e.id",
                RectificationEvent.class).setParameter("ids", ids).getResultList()) {
            events.computeIfAbsent(e.getRectification().getId(), k -> new ArrayList<>()).add(e.data());
        }
        WorkCalendar calendar = calendars.current();
        LocalDate today = LocalDate.now(clock);
        Set<Long> verifying = scope.has(Role.INSPECTOR) ? rounds.roundsOf(scope) : Set.of();
        return list.stream().map(r -> {
            Light light = r.light(calendar, today);
            List<String> actions = r.getState().actions(access.isResponsible(scope, r.getFinding()),
                            verifying.contains(r.getFinding().getRound().getId()))
                    .stream().map(RectificationAction::name).toList();
            return new RectificationData(r.getId(), findings.get(r.getFinding().getId()), r.getUnit().getCode(), r.getUnit().getName(),
                    r.getDeadline(), r.getState().name(), light == null ? null : light.name(), r.overdue(today), r.getRejections(),
                    evidence.getOrDefault(r.getId(), List.of()), events.getOrDefault(r.getId(), List.of()), actions, r.getVersion());
        }).toList();
    }

    private static FindingData data(Finding f, List<Long> photos, Rectification r, WorkCalendar calendar, LocalDate today) {
        InspectionVisit v = f.getVisit();
        RectificationRef ref = null;
        if (r != null) {
            Light light = r.light(calendar, today);
            ref = new RectificationRef(r.getId(), r.getState().name(), r.getDeadline(), light == null ? null : light.name(), r.overdue(today));
        }
        return new FindingData(f.getId(), v.getId(), f.getRound().getId(), f.getRound().getName(), f.getRound().getCampaign().getCode(),
                v.getDay(), InspectedRef.of(v.getTarget(), v.getUnit()), f.getItemCode(), f.itemName(), f.getSeverity().name(),
                f.getDescription(), f.getUnit().getCode(), f.getUnit().getName(), photos, f.getProblemId(), ref, f.getFiledBy(),
                f.getFiledAt(), f.getVersion());
    }

    private static Map<Long, List<Long>> grouped(List<Object[]> rows) {
        Map<Long, List<Long>> m = new HashMap<>();
        for (Object[] row : rows) {
            m.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return m;
    }
}
