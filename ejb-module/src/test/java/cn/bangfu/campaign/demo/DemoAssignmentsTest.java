package cn.bangfu.campaign.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.demo.DemoCounty;
import cn.bangfu.registry.demo.DemoTargets;
import cn.bangfu.registry.entity.EnterpriseData;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo campaign is shaped like the seed speech's 三帮一 and names only demo records. */
class DemoAssignmentsTest {

    private static final Set<String> PINGJIANG_ENTERPRISES = DemoTargets.ENTERPRISES.stream()
            .filter(e -> e.regionCode().startsWith(DemoCounty.COUNTY)).map(EnterpriseData::name).collect(Collectors.toSet());

    @Test
    void everyEnterpriseOfTheCountyIsAssignedOrLeftOutOnPurpose() {
        assertEquals(29, PINGJIANG_ENTERPRISES.size());
        Set<String> assigned = DemoAssignments.ASSIGNMENTS.stream().map(DemoAssignments.AssignmentSeed::enterprise).collect(Collectors.toSet());
        assertEquals(DemoAssignments.ASSIGNMENTS.size(), assigned.size(), "each enterprise once");
        assertEquals(3, DemoAssignments.UNASSIGNED.size(), "2–3 stand out in the matrix");
        assertEquals(PINGJIANG_ENTERPRISES, Stream.concat(assigned.stream(), DemoAssignments.UNASSIGNED.stream()).collect(Collectors.toSet()));
    }

    @Test
    void eachHasACountyLeaderAndThreeDifferentUnitsOfTheCounty() {
        Set<String> leaders = DemoTargets.COUNTY_LEADERS.stream().map(DemoTargets.CadreSeed::name).collect(Collectors.toSet());
        Set<String> units = DemoCounty.UNITS.stream().filter(u -> u.region().startsWith(DemoCounty.COUNTY))
                .filter(u -> !u.code().equals(DemoCounty.PARTY_COMMITTEE) && !u.code().equals(DemoCounty.GOVERNMENT))
                .map(DemoCounty.UnitSeed::code).collect(Collectors.toSet());
        for (DemoAssignments.AssignmentSeed a : Stream.concat(DemoAssignments.ASSIGNMENTS.stream(), Stream.of(DemoAssignments.FIRST_SHOES)).toList()) {
            assertTrue(leaders.contains(a.leader()), a::toString);
            assertEquals(2, a.coUnits().size(), a::toString);
            Set<String> three = new HashSet<>(a.coUnits());
            three.add(a.leading());
            assertEquals(3, three.size(), "three different units: " + a);
            assertTrue(units.containsAll(three), a::toString);
        }
        assertTrue(DemoAssignments.LEADING_GROUP.stream().allMatch(g -> leaders.contains(g.cadre())));
    }

    @Test
    void exactlyOneUnitIsAboveThePerUnitLimit() {
        Map<String, Integer> load = new HashMap<>();
        for (DemoAssignments.AssignmentSeed a : DemoAssignments.ASSIGNMENTS) {
            load.merge(a.leading(), 1, Integer::sum);
            a.coUnits().forEach(c -> load.merge(c, 1, Integer::sum));
        }
        List<String> over = load.entrySet().stream().filter(e -> e.getValue() > DemoAssignments.PER_UNIT_LIMIT).map(Map.Entry::getKey).toList();
        assertEquals(List.of("pj-gxj"), over, load::toString);
        assertEquals(4, load.get("pj-gxj"));
    }

    @Test
    void theDemoLeaderIsTheCountyLeaderWithTheMostAssignmentsAndHisAccountIsNamedAfterHim() {
        assertEquals(DemoAssignments.LEADER_CADRE, DemoAssignments.mostAssignedLeader());
        DemoTargets.CadreSeed cadre = DemoTargets.COUNTY_LEADERS.stream().filter(c -> c.name().equals(DemoAssignments.LEADER_CADRE)).findFirst()
                .orElseThrow();
        assertEquals(cn.bangfu.org.entity.CadreRank.COUNTY_LEADER, cadre.rank());
        DemoCounty.AccountSeed account = DemoCounty.ACCOUNTS.stream().filter(a -> a.login().equals(DemoCounty.LEADER_LOGIN)).findFirst().orElseThrow();
        assertEquals(cadre.position() + " " + cadre.name(), account.name(), "the display name is the cadre's title and name");
        assertEquals(4, DemoAssignments.ASSIGNMENTS.stream().filter(a -> a.leader().equals(DemoAssignments.LEADER_CADRE)).count(),
                "four current assignments");
    }
}
