package cn.bangfu.registry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.demo.DemoCounty;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.registry.entity.EnterpriseData;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoTargetsTest {

    @Test
    void pingjiangHasTheTwentyNineEnterprisesOfTheSeedSpeech() {
        long pingjiang = DemoTargets.ENTERPRISES.stream().filter(e -> e.regionCode().startsWith(DemoCounty.COUNTY)).count();
        long other = DemoTargets.ENTERPRISES.stream().filter(e -> e.regionCode().startsWith(DemoCounty.OTHER_COUNTY)).count();
        assertEquals(29, pingjiang);
        assertTrue(other > 0, "the other county has enterprises too");
        assertEquals(DemoTargets.ENTERPRISES.size(), pingjiang + other);
    }

    @Test
    void everyDemoEnterpriseIsValidWithItsOwnCreditCode() {
        Set<String> codes = new HashSet<>();
        for (EnterpriseData e : DemoTargets.ENTERPRISES) {
            assertEquals(List.of(), e.problems(), e.name());
            assertTrue(codes.add(e.creditCode()), "twice: " + e.creditCode());
            assertEquals(e.regionCode().substring(0, 6), e.creditCode().substring(2, 8), "registered in its county: " + e.name());
        }
    }

    @Test
    void everyDemoProjectAndCadreIsValid() {
        DemoTargets.KEY_PROJECTS.forEach(p -> assertEquals(List.of(), p.problems(), p.name()));
        assertEquals(8, DemoTargets.COUNTY_LEADERS.stream().filter(c -> c.rank() == CadreRank.COUNTY_LEADER).count());
        int i = 0;
        for (DemoCounty.UnitSeed u : DemoCounty.UNITS) {
            DemoTargets.CadreSeed c = DemoTargets.contactOf(u, i++);
            assertEquals(List.of(), new CadreData(null, c.name(), c.unit(), c.position(), c.rank().name(), c.phone(), null).problems(), u.code());
        }
    }
}
