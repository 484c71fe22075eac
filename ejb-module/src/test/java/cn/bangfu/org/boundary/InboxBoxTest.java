package cn.bangfu.org.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose notices an account reads: one of unit, office or cadre, and the evaluators' of its region beside it. */
class InboxBoxTest {

    private static final String PINGJIANG = "430626";
    private static final String PATH = "430000/430600/430626/";

    private static Inbox.Box box(Long unitId, Long cadreId, Role... roles) {
        return Inbox.Box.of(new Scope("someone", PINGJIANG, PATH, unitId, unitId == null ? null : "pj-gxj", Set.of(roles), cadreId, null));
    }

    @Test
    void aContactLeaderWhoAlsoEvaluatesReadsBothInboxes() {
        Inbox.Box b = box(null, 9L, Role.LEADER, Role.EVALUATOR);
        assertEquals(new Inbox.Box(null, null, 9L, PINGJIANG), b);
        assertEquals("n.cadre.id = :cadre or n.evaluatorsRegion.code = :evaluators", b.where());
    }

    @Test
    void anOfficeThatAlsoScoresReadsTheOfficesAndTheEvaluatorsNotices() {
        assertEquals(new Inbox.Box(null, PINGJIANG, null, PINGJIANG), box(null, null, Role.OFFICE, Role.EVALUATOR));
        assertEquals("n.officeRegion.code = :office", box(null, null, Role.OFFICE).where());
    }

    @Test
    void anEvaluatorNamingAUnitStillReadsTheEvaluatorsInboxButAUnitAccountOnlyItsUnits() {
        assertEquals(new Inbox.Box(null, null, null, PINGJIANG), box(5L, null, Role.EVALUATOR));
        assertEquals(new Inbox.Box(5L, null, null, null), box(5L, null, Role.UNIT, Role.EVALUATOR),
                "a unit's account scores nothing outside its unit (Campaign.managedBy), so it is not told of forms to score");
    }

    @Test
    void anInspectorHasNoInbox() {
        assertNull(box(5L, null, Role.INSPECTOR));
        assertNull(box(null, null, Role.LEADER), "a contact leader whose account names no cadre");
    }
}
