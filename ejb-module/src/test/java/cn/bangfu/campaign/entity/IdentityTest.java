package cn.bangfu.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Entities are equal when they are the same stored record: one class, one id; unstored ones only to themselves. */
class IdentityTest {

    @Test
    void twoCopiesOfOneStoredRecordAreEqualAndHashAlike() {
        Unit loaded = withId(unit("pj-gxj"), 7L);
        Unit loadedAgain = withId(unit("pj-gxj"), 7L);
        assertEquals(loaded, loadedAgain);
        assertEquals(loaded.hashCode(), loadedAgain.hashCode());
    }

    @Test
    void recordsWithOtherIdsAreNotEqualWhateverTheirData() {
        assertNotEquals(withId(unit("pj-gxj"), 7L), withId(unit("pj-gxj"), 8L));
    }

    @Test
    void aRecordNotStoredIsEqualOnlyToItself() {
        Unit fresh = unit("pj-gxj");
        assertEquals(fresh, fresh);
        assertNotEquals(fresh, unit("pj-gxj"));
        assertNotEquals(fresh, withId(unit("pj-gxj"), 7L));
        assertNotEquals(withId(unit("pj-gxj"), 7L), fresh);
        assertFalse(fresh.equals(null));
    }

    @Test
    void recordsOfOtherEntitiesWithTheSameIdAreNotEqual() {
        Unit unit = withId(unit("pj-gxj"), 7L);
        Cadre cadre = withId(new Cadre(new CadreData(null, "陈晓东", "pj-gxj", "副局长", "SECTION_LEVEL", "13907302002", null), unit), 7L);
        assertNotEquals(unit, cadre);
        assertNotEquals(cadre, unit);
    }

    @Test
    void aSetStillFindsARecordAfterItIsStored() {
        Unit unit = unit("pj-gxj");
        Set<Unit> units = new HashSet<>(Set.of(unit));
        withId(unit, 7L);
        assertTrue(units.contains(unit));
        assertTrue(units.contains(withId(unit("pj-gxj"), 7L)));
    }

    private static Unit unit(String code) {
        return new Unit(new UnitData(code, "平江县工业和信息化局", "COUNTY_DEPARTMENT", "430626", "向阳", "陈晓东", "0730-6221002", null, null),
                Fixture.PINGJIANG);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
