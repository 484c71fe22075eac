package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Inspection over HTTP on the demo campaign of 平江县 (pj-2026-lsbf): the office plans a round with three teams of inspectors
 * from their own units, solves its schedule in the background, moves and pins a visit by hand, solves again around it
 * and publishes; the inspectors find their inspections. Who sees a round (another county, an inspector of no team of it:
 * 404) and bad input, field by field. Each test works on a round of its own.
 */
@Tag("integration")
class InspectionIT extends DeployedBangfu {

    private static final String ROUNDS = "api/v1/campaigns/pj-2026-lsbf/inspection-rounds";

    @Test
    void aRoundFromPlanningToAPublishedScheduleWithNoRuleBroken() {
        LocalDate from = today().plusDays(7);
        LocalDate to = from.plusDays(20);
        String round = round("回避排程专项督查", from, to);
        JsonObject first = team(round, "第一组", List.of("inspector-czj", "inspector-sjzx"), 3, List.of());
        assertEquals(List.of("inspector-czj", "inspector-sjzx"), first.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("login")).toList(), "the leader first");
        assertEquals("pj-czj", first.getJsonArray("members").getJsonObject(0).getString("unitCode"));
        LocalDate blocked = from.plusDays(1);
        JsonObject second = team(round, "第二组", List.of("inspector-tjj", "inspector-fgj"), 3, List.of(blocked));
        JsonObject third = team(round, "第三组", List.of("inspector", "inspector-sjzx"), 3, List.of());

        Http.Response added = http.to(round + "/targets").as("office").post(Json.createObjectBuilder().add("all", true).build());
        assertEquals(200, added.status(), added::toString);
        int targets = added.json().getInt("added");
        assertTrue(targets >= 25, added::toString);
        assertEquals(0, http.to(round + "/targets").as("office").post(Json.createObjectBuilder().add("all", true).build()).json().getInt("added"),
                "twice changes nothing");
        assertEquals(targets, http.to(round + "/targets?size=5").as("office").get().total());

        JsonObject job = solve(round, 8);
        assertEquals("DONE", job.getString("status"), job::toString);
        assertEquals(0, job.getJsonNumber("hardScore").longValue(), job::toString);
        List<JsonObject> schedule = http.to(round + "/schedule").as("office").get().array();
        assertEquals(targets, schedule.size());
        Map<Long, Set<String>> teamUnits = teamUnits(round);
        Map<String, Set<String>> helpers = helpers();
        Map<String, Integer> perTeamDay = new HashMap<>();
        for (JsonObject v : schedule) {
            assertTrue(v.containsKey("team") && v.containsKey("date"), v::toString);
            LocalDate day = LocalDate.parse(v.getString("date"));
            assertFalse(day.isBefore(from) || day.isAfter(to), v::toString);
            long team = v.getJsonNumber("team").longValue();
            Set<String> units = helpers.get(key(v));
            assertNotNull(units, v::toString);
            assertTrue(units.stream().noneMatch(teamUnits.get(team)::contains),
                    () -> "回避: " + v + " is helped by " + units + ", its team's units are " + teamUnits.get(team));
            perTeamDay.merge(team + "@" + day, 1, Integer::sum);
            assertFalse(team == second.getJsonNumber("id").longValue() && day.equals(blocked), "the day kept free stays free");
        }
        assertTrue(perTeamDay.values().stream().allMatch(n -> n <= 3), perTeamDay::toString);
        Map<String, Set<Long>> teamsOnDay = new HashMap<>();
        schedule.forEach(v -> teamsOnDay.computeIfAbsent(v.getString("date"), d -> new HashSet<>()).add(v.getJsonNumber("team").longValue()));
        long firstId = first.getJsonNumber("id").longValue();
        long thirdId = third.getJsonNumber("id").longValue();
        assertTrue(teamsOnDay.values().stream().noneMatch(ts -> ts.contains(firstId) && ts.contains(thirdId)),
                "温督查 of the first and the third team is never on two visits of one day");

        long secondId = second.getJsonNumber("id").longValue();
        JsonObject visit = schedule.stream().filter(v -> v.getJsonNumber("team").longValue() != secondId)
                .filter(v -> helpers.get(key(v)).stream().noneMatch(teamUnits.get(secondId)::contains)).findFirst().orElseThrow();
        Http.Response onBlocked = move(round, visit, secondId, blocked, true);
        assertEquals(409, onBlocked.status(), onBlocked::toString);
        assertTrue(onBlocked.errors("visits").get(0).getString("message").contains("已留空"), onBlocked::toString);
        LocalDate free = freeDay(schedule, secondId, blocked);
        Http.Response pinned = move(round, visit, secondId, free, true);
        assertEquals(200, pinned.status(), pinned::toString);
        JsonObject again = solve(round, 5);
        assertEquals(0, again.getJsonNumber("hardScore").longValue(), again::toString);
        JsonObject kept = http.to(round + "/schedule").as("office").get().array().stream()
                .filter(v -> v.getJsonNumber("id").longValue() == visit.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        assertEquals(secondId, kept.getJsonNumber("team").longValue(), "a pinned visit keeps its team when solved again");
        assertEquals(free.toString(), kept.getString("date"));
        assertTrue(kept.getBoolean("pinned"));

        Http.Response published = http.to(round + "/schedule/publish").as("office").post(Json.createObjectBuilder().build());
        assertEquals(200, published.status(), published::toString);
        assertEquals("SCHEDULED", published.json().getString("status"));
        List<JsonObject> mine = http.to("api/v1/me/inspections").as("inspector-tjj").get().array();
        Set<Long> roundVisits = mine.stream().filter(m -> m.getString("roundName").equals("回避排程专项督查"))
                .map(m -> m.getJsonNumber("visit").longValue()).collect(Collectors.toSet());
        Set<Long> ofSecond = http.to(round + "/schedule").as("office").get().array().stream()
                .filter(v -> v.getJsonNumber("team").longValue() == secondId).map(v -> v.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertEquals(ofSecond, roundVisits, "an inspector sees his team's visits");
        assertEquals(200, http.to(round).as("inspector-tjj").get().status(), "and the round he is on");
        Http.File sheet = http.to(round + "/schedule/export").as("inspector-tjj").file();
        assertEquals(200, sheet.status(), sheet::toString);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
            Sheet rows = book.getSheet("督查安排表");
            DataFormatter cells = new DataFormatter();
            assertEquals(List.of("序号", "督查日期", "督查组", "组长", "成员", "督查对象", "统一社会信用代码／单位代码", "所在乡镇", "已固定"),
                    java.util.stream.StreamSupport.stream(rows.getRow(0).spliterator(), false).map(cells::formatCellValue).toList());
            assertEquals(targets, rows.getLastRowNum(), "a row per visit");
            List<String> days = java.util.stream.IntStream.rangeClosed(1, targets).mapToObj(i -> cells.formatCellValue(rows.getRow(i).getCell(1))).toList();
            assertEquals(days.stream().sorted().toList(), days, "by day");
            assertTrue(java.util.stream.IntStream.rangeClosed(1, targets).anyMatch(i -> cells.formatCellValue(rows.getRow(i).getCell(4))
                    .equals("县统计局 黎督查（平江县统计局）、县发改局 周督查（平江县发展和改革局）")), "the second team with its units");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Http.Response late = move(round, visit, firstId, free, false);
        assertEquals(409, late.status(), "a published schedule no longer moves");
    }

    @Test
    void whoSeesARoundAndBadInputFieldByField() {
        String round = round("范围与校验", today().plusDays(30), today().plusDays(40));
        assertEquals(404, http.to(round).as("yy-office").get().status(), "岳阳县 does not see 平江县's rounds");
        assertEquals(404, http.to(round).as("inspector-fgj").get().status(), "an inspector of no team of it");
        assertEquals(403, http.to(round).as("pj-swj").get().status(), "a unit does not read rounds");
        assertEquals(200, http.to(round).as("evaluator").get().status());
        assertTrue(http.to(ROUNDS).as("office").get().array().stream().anyMatch(r -> r.getString("name").endsWith("年末专项督查")),
                "the demo's round in progress");
        assertFalse(http.to("api/v1/me/inspections").as("inspector").get().array().isEmpty(), "the demo inspector has inspections");

        Http.Response reversed = http.to(ROUNDS).as("office").post(Json.createObjectBuilder().add("name", " ")
                .add("from", today().plusDays(9).toString()).add("to", today().plusDays(2).toString()).build());
        assertEquals(400, reversed.status(), reversed::toString);
        assertEquals("必填", reversed.errors("name").get(0).getString("message"));
        assertEquals("结束日期不能早于开始日期", reversed.errors("to").get(0).getString("message"));

        Http.Response notInspector = http.to(round + "/teams").as("office").post(teamBody("甲组", List.of("inspector-czj", "pj-swj"), 2, List.of()));
        assertEquals(400, notInspector.status(), notInspector::toString);
        assertEquals("平江县商务局 不是督查员，不能加入督查组", notInspector.errors("members[1].login").get(0).getString("message"));
        Http.Response capacity = http.to(round + "/teams").as("office").post(teamBody("乙组", List.of("inspector-czj"), 0,
                List.of(today().plusDays(90))));
        assertEquals(400, capacity.status(), capacity::toString);
        assertEquals(1, capacity.errors("capacity").size());
        assertEquals(1, capacity.errors("blockedDays").size(), "a day outside the round");
        assertEquals(404, http.to(round + "/teams").as("yy-office").post(teamBody("丙组", List.of("inspector"), 2, List.of())).status(),
                "another county's office changes nothing");

        Http.Response unknown = http.to(round + "/targets").as("office").post(Json.createObjectBuilder()
                .add("creditCodes", Json.createArrayBuilder().add("91430626000000000X")).add("unitCodes", Json.createArrayBuilder().add("yy-gxj")).build());
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(1, unknown.errors("creditCodes[0]").size());
        assertEquals("找不到单位 \"yy-gxj\"，或该单位不在本行动的区域内", unknown.errors("unitCodes[0]").get(0).getString("message"));
        assertEquals(0, http.to(round + "/targets").as("office").get().total(), "nothing half-added");

        Http.Response noTeams = http.to(round + "/schedule/solve").as("office").post(Json.createObjectBuilder().build());
        assertEquals(409, noTeams.status(), noTeams::toString);
        assertEquals("请先组建督查组", noTeams.errors("teams").get(0).getString("message"));

        JsonObject read = http.to(round).as("office").get().json();
        Http.Response renamed = http.to(round).as("office").put(Json.createObjectBuilder().add("name", "范围与校验（改）")
                .add("from", read.getString("from")).add("to", read.getString("to")).add("version", read.getJsonNumber("version").longValue()).build());
        assertEquals(200, renamed.status(), renamed::toString);
        Http.Response stale = http.to(round).as("office").put(Json.createObjectBuilder().add("name", "又改")
                .add("from", read.getString("from")).add("to", read.getString("to")).add("version", read.getJsonNumber("version").longValue()).build());
        assertEquals(409, stale.status(), stale::toString);
        Http.Response published = http.to(round).as("office").put(Json.createObjectBuilder().add("name", "范围与校验（改）")
                .add("from", read.getString("from")).add("to", read.getString("to")).add("status", "CLOSED")
                .add("version", renamed.json().getJsonNumber("version").longValue()).build());
        assertEquals(409, published.status(), "a round being planned is not closed by hand");
        assertEquals("督查轮次当前为“计划中”，不能改为“已结束”", published.errors("status").get(0).getString("message"));
    }

    private static String round(String name, LocalDate from, LocalDate to) {
        Http.Response r = http.to(ROUNDS).as("office").post(Json.createObjectBuilder().add("name", name).add("from", from.toString())
                .add("to", to.toString()).build());
        assertEquals(201, r.status(), r::toString);
        assertEquals(8, r.json().getJsonArray("checklist").size(), "the seed's checklist by default");
        assertEquals("PLANNING", r.json().getString("status"));
        return ROUNDS + "/" + r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject team(String round, String name, List<String> logins, int capacity, List<LocalDate> blocked) {
        Http.Response r = http.to(round + "/teams").as("office").post(teamBody(name, logins, capacity, blocked));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    private static JsonObject teamBody(String name, List<String> logins, int capacity, List<LocalDate> blocked) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        logins.forEach(l -> members.add(Json.createObjectBuilder().add("login", l)));
        JsonArrayBuilder days = Json.createArrayBuilder();
        blocked.forEach(d -> days.add(d.toString()));
        return Json.createObjectBuilder().add("name", name).add("leader", logins.get(0)).add("members", members).add("capacity", capacity)
                .add("blockedDays", days).build();
    }

    /** Solves and waits for the job to end, watching its progress on the way (202, then polling the job). */
    private static JsonObject solve(String round, int seconds) {
        Http.Response started = http.to(round + "/schedule/solve").as("office").post(Json.createObjectBuilder().add("limitSeconds", seconds).build());
        assertEquals(202, started.status(), started::toString);
        String job = round + "/schedule/jobs/" + started.json().getJsonNumber("id").longValue();
        assertTrue(started.header("Location").endsWith(job), started::toString);
        long until = System.currentTimeMillis() + (seconds + 60) * 1000L;
        while (System.currentTimeMillis() < until) {
            JsonObject j = http.to(job).as("office").get().json();
            if (!List.of("QUEUED", "SOLVING").contains(j.getString("status"))) {
                return j;
            }
            Http.Response twice = http.to(round + "/schedule/solve").as("office").post(Json.createObjectBuilder().build());
            assertEquals(409, twice.status(), "one job per round at a time");
            sleep();
        }
        throw new AssertionError("the job did not end: " + http.to(job).as("office").get());
    }

    private static Http.Response move(String round, JsonObject visit, long team, LocalDate day, boolean pin) {
        return http.to(round + "/schedule").as("office").send("PUT", "application/json", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", visit.getJsonNumber("id").longValue()).add("team", team).add("date", day.toString())
                        .add("pinned", pin)).build().toString());
    }

    /** A working day of the schedule, not kept free, on which the team has room (it shares no member with another team). */
    private static LocalDate freeDay(List<JsonObject> schedule, long team, LocalDate blocked) {
        Map<String, Long> load = schedule.stream().filter(v -> v.getJsonNumber("team").longValue() == team)
                .collect(Collectors.groupingBy(v -> v.getString("date"), Collectors.counting()));
        return schedule.stream().map(v -> LocalDate.parse(v.getString("date"))).distinct().sorted()
                .filter(d -> !d.equals(blocked) && load.getOrDefault(d.toString(), 0L) < 3).findFirst().orElseThrow();
    }

    private static Map<Long, Set<String>> teamUnits(String round) {
        Map<Long, Set<String>> m = new HashMap<>();
        for (JsonObject t : http.to(round + "/teams").as("office").get().array()) {
            m.put(t.getJsonNumber("id").longValue(), t.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                    .map(x -> x.getString("unitCode")).collect(Collectors.toSet()));
        }
        return m;
    }

    /** Each target's helping units now (leading and co-units), by credit code or "P" + project id. */
    private static Map<String, Set<String>> helpers() {
        Map<String, Set<String>> m = new HashMap<>();
        for (JsonObject a : http.to("api/v1/campaigns/pj-2026-lsbf/assignments?size=500").as("office").get().items()) {
            JsonObject t = a.getJsonObject("target");
            Set<String> units = new HashSet<>(a.getJsonArray("coUnits").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList());
            units.add(a.getString("leadingUnit"));
            m.put(t.getString("creditCode", "P" + t.get("projectId")), units);
        }
        return m;
    }

    private static String key(JsonObject visit) {
        JsonObject t = visit.getJsonObject("target");
        return t.getString("creditCode", "P" + t.get("projectId"));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
