package cn.bangfu.inspection.control;

import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.TargetSelection;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds what a round inspects as unscheduled visits: the campaign's targets named (each must be a target of a current
 * assignment) or all of them, and units of the campaign's region. All or nothing: every name that is not found is
 * reported with where it stood; what the round has already is skipped, so sending the same list twice changes nothing.
 */
@Dependent
public class RoundTargets {

    @PersistenceContext
    EntityManager em;

    /** The visits added. */
    public List<InspectionVisit> add(Scope scope, InspectionRound round, TargetSelection selection) {
        if (selection == null || selection.empty()) {
            throw new InvalidInputException(FieldError.of("creditCodes", "inspection.targets.none"));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Long, AssistanceTarget> targets = new LinkedHashMap<>();
        if (selection.everything()) {
            em.createNamedQuery(InspectionVisit.CAMPAIGN_TARGETS_OUTSIDE, AssistanceTarget.class).setParameter("campaign", round.getCampaign())
                    .setParameter("round", round).getResultList().forEach(t -> targets.put(t.getId(), t));
        } else {
            named(round, selection, errors).forEach(t -> targets.put(t.getId(), t));
        }
        List<Unit> units = units(scope, round, selection.unitCodes() == null ? List.of() : selection.unitCodes(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<Long> haveTargets = new HashSet<>(em.createNamedQuery(InspectionVisit.TARGET_IDS, Long.class).setParameter("round", round).getResultList());
        Set<Long> haveUnits = new HashSet<>(em.createNamedQuery(InspectionVisit.UNIT_IDS, Long.class).setParameter("round", round).getResultList());
        List<InspectionVisit> added = new ArrayList<>();
        for (AssistanceTarget t : targets.values()) {
            if (haveTargets.add(t.getId())) {
                added.add(InspectionVisit.ofTarget(round, t));
            }
        }
        for (Unit u : units) {
            if (haveUnits.add(u.getId())) {
                added.add(InspectionVisit.ofUnit(round, u));
            }
        }
        added.forEach(em::persist);
        return added;
    }

    private List<AssistanceTarget> named(InspectionRound round, TargetSelection selection, List<FieldError> errors) {
        List<String> codes = selection.creditCodes() == null ? List.of() : selection.creditCodes();
        List<Long> projectIds = selection.projectIds() == null ? List.of() : selection.projectIds();
        Map<String, Long> enterpriseIds = new LinkedHashMap<>();
        List<String> normalised = codes.stream().map(c -> c == null ? "" : CreditCode.normalise(c)).map(c -> c == null ? "" : c).toList();
        for (Enterprise e : ChunkedLookup.all(em, Enterprise.BY_CREDIT_CODES, Enterprise.class, "codes",
                normalised.stream().filter(c -> !c.isEmpty()).distinct().toList())) {
            enterpriseIds.put(e.getCreditCode(), e.getId());
        }
        Set<Long> wanted = new HashSet<>(enterpriseIds.values());
        wanted.addAll(projectIds.stream().filter(java.util.Objects::nonNull).toList());
        Map<Long, AssistanceTarget> ofCampaign = new LinkedHashMap<>();
        for (AssistanceTarget t : ChunkedLookup.inChunks(List.copyOf(wanted), ChunkedLookup.CHUNK,
                slice -> em.createNamedQuery(InspectionVisit.CAMPAIGN_TARGETS_AMONG, AssistanceTarget.class)
                        .setParameter("campaign", round.getCampaign()).setParameter("ids", slice).getResultList())) {
            ofCampaign.put(t.getId(), t);
        }
        List<AssistanceTarget> found = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Long id = enterpriseIds.get(normalised.get(i));
            if (id == null || !ofCampaign.containsKey(id)) {
                errors.add(FieldError.of("creditCodes[" + i + "]", "inspection.targets.notInCampaign", String.valueOf(codes.get(i))));
            } else {
                found.add(ofCampaign.get(id));
            }
        }
        for (int i = 0; i < projectIds.size(); i++) {
            Long id = projectIds.get(i);
            if (id == null || !(ofCampaign.get(id) instanceof KeyProject)) {
                errors.add(FieldError.of("projectIds[" + i + "]", "inspection.targets.notInCampaign", String.valueOf(id)));
            } else {
                found.add(ofCampaign.get(id));
            }
        }
        return found;
    }

    private List<Unit> units(Scope scope, InspectionRound round, List<String> codes, List<FieldError> errors) {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        for (Unit u : ChunkedLookup.all(em, Unit.BY_CODES, Unit.class, "codes",
                codes.stream().filter(java.util.Objects::nonNull).map(String::strip).distinct().toList())) {
            byCode.put(u.getCode(), u);
        }
        List<Unit> found = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Unit u = codes.get(i) == null ? null : byCode.get(codes.get(i).strip());
            if (u == null || !u.getRegion().getPath().startsWith(round.getCampaign().getRegion().getPath()) || !scope.covers(u)) {
                errors.add(FieldError.of("unitCodes[" + i + "]", "inspection.targets.unitUnknown", String.valueOf(codes.get(i))));
            } else {
                found.add(u);
            }
        }
        return found;
    }
}
