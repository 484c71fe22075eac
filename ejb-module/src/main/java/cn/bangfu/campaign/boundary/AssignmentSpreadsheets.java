package cn.bangfu.campaign.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.Xlsx;
import java.time.LocalDate;
import java.time.Clock;
import cn.bangfu.campaign.control.AssignmentChanges;
import cn.bangfu.campaign.control.AssignmentImportCheck;
import cn.bangfu.campaign.control.AssignmentSheet;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.MatrixFilter;
import cn.bangfu.campaign.control.MatrixSearch;
import cn.bangfu.campaign.control.UnitLoads;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentImportResult;
import cn.bangfu.campaign.entity.AssignmentRow;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.MatrixRow;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A campaign's 对口联系企业安排表 in Excel: the template for its number of co-units, the export of
 * the matrix as the user filtered it, and the all-or-nothing import that assigns and reassigns.
 */
@Stateless
public class AssignmentSpreadsheets {

    @Inject
    Clock clock;

    public static final String MEDIA_TYPE = Xlsx.MEDIA_TYPE;
    /** Keys per IN list (databases cap bind parameters) and rows per export query. */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    MatrixSearch matrix;

    @Inject
    UnitLoads loads;

    @Inject
    AssignmentChanges changes;

    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] template(String campaignCode) {
        Campaign c = campaigns.visible(caller.get(), campaignCode);
        return AssignmentSheet.template(c.getName(), c.getCoUnitCount());
    }

    /** The matrix as {@link Assignments#matrix} lists it for this filter and text: every row, not one page. */
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] export(String campaignCode, MatrixFilter filter, String q) {
        Scope scope = caller.get();
        Campaign c = campaigns.visible(scope, campaignCode);
        MatrixFilter f = filter == null ? MatrixFilter.NONE : filter;
        Iterable<MatrixRow> rows = () -> new Iterator<>() {
            private List<MatrixRow> page = List.of();
            private int index;
            private int next;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                if (index == page.size() && more) {
                    Page<MatrixRow> p = matrix.find(scope, c, f, new PageRequest(next++, PageRequest.MAX_SIZE, null, q));
                    page = p.items();
                    index = 0;
                    more = page.size() == PageRequest.MAX_SIZE;
                }
                return index < page.size();
            }

            @Override
            public MatrixRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
        return AssignmentSheet.export(c.getName(), c.getCoUnitCount(), rows);
    }

    /**
     * Imports every row or none. A target without a current assignment is assigned, one whose current
     * assignment differs is reassigned (the old one ends on the row's 生效日期, today if empty, and stays
     * in the history), a row equal to the current assignment or without leader and units changes nothing:
     * the same file twice changes nothing the second time. Dates follow {@code AssignmentRules.effectiveDate}.
     * Every unit of a changed assignment is told in its inbox.
     *
     * @throws ImportRejectedException with every bad cell (row, column letter, reason)
     */
    @RolesAllowed(Roles.OFFICE)
    public AssignmentImportResult importAssignments(String campaignCode, byte[] xlsx) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.open(scope, campaignCode);
        List<AssignmentRow> rows = AssignmentSheet.read(xlsx, campaign.getCoUnitCount());
        AssignmentImportCheck.Result checked = AssignmentImportCheck.check(rows, campaign, scope, lookups(campaign, rows),
                LocalDate.now(clock));
        if (!checked.errors().isEmpty()) {
            throw new ImportRejectedException(checked.errors());
        }
        int created = 0;
        int reassigned = 0;
        int unchanged = 0;
        int undecided = 0;
        for (AssignmentImportCheck.Planned p : checked.plan()) {
            switch (p.action()) {
                case ASSIGN -> {
                    changes.assign(campaign, p.target(), p.leader(), p.leading(), p.coUnits(), p.validFrom());
                    created++;
                }
                case REASSIGN -> {
                    changes.reassign(p.current(), p.leader(), p.leading(), p.coUnits(), p.validFrom());
                    reassigned++;
                }
                case UNCHANGED -> unchanged++;
                case UNDECIDED -> undecided++;
            }
        }
        em.flush();
        return new AssignmentImportResult(created, reassigned, unchanged, undecided, checked.warnings());
    }

    private AssignmentImportCheck.Lookups lookups(Campaign campaign, List<AssignmentRow> rows) {
        String region = campaign.getRegion().pathPattern();
        List<String> codes = rows.stream().map(r -> CreditCode.normalise(r.creditCode())).filter(Objects::nonNull).distinct().toList();
        Map<String, Enterprise> enterprises = ChunkedLookup.byKeys(em, Enterprise.BY_CREDIT_CODES, Enterprise.class, codes,
                Enterprise::getCreditCode, CHUNK);
        List<String> projectNames = rows.stream().filter(r -> CreditCode.normalise(r.creditCode()) == null).map(AssignmentRow::targetName)
                .filter(Objects::nonNull).distinct().toList();
        List<KeyProject> projects = ChunkedLookup.inChunks(projectNames, CHUNK, slice -> em.createNamedQuery(KeyProject.NAMED_WITHIN,
                KeyProject.class).setParameter("region", region).setParameter("names", slice).getResultList());
        List<Cadre> leaders = em.createNamedQuery(Cadre.OF_RANK_WITHIN, Cadre.class).setParameter("region", region)
                .setParameter("rank", CadreRank.COUNTY_LEADER).getResultList();
        List<String> unitCells = rows.stream().flatMap(r -> Stream.concat(Stream.of(r.leadingUnit()), r.coUnits().stream()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, Unit> unitsByCode = ChunkedLookup.byKeys(em, Unit.BY_CODES, Unit.class, unitCells, Unit::getCode, CHUNK);
        List<Unit> named = ChunkedLookup.inChunks(unitCells, CHUNK, slice -> em.createNamedQuery(Unit.NAMED_WITHIN, Unit.class)
                .setParameter("region", region).setParameter("names", slice).getResultList());
        List<Long> targetIds = Stream.concat(enterprises.values().stream().map(Enterprise::getId), projects.stream().map(KeyProject::getId))
                .distinct().toList();
        Map<Long, Assignment> current = new HashMap<>();
        for (Assignment a : ChunkedLookup.inChunks(targetIds, CHUNK, slice -> em.createNamedQuery(Assignment.CURRENT_OF_TARGETS, Assignment.class)
                .setParameter("campaign", campaign).setParameter("targets", slice)
                .setHint("eclipselink.batch", "a.units").setHint("eclipselink.batch.type", "IN").getResultList())) {
            current.put(a.getTarget().getId(), a);
        }
        Collection<Unit> allUnits = Stream.concat(unitsByCode.values().stream(), named.stream()).toList();
        return new AssignmentImportCheck.Lookups(enterprises, AssignmentImportCheck.byName(projects, KeyProject::getName),
                AssignmentImportCheck.byName(leaders, Cadre::getName), unitsByCode, AssignmentImportCheck.byName(named, Unit::getName), current,
                loads.current(campaign, allUnits));
    }

}
