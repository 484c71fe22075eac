package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Inspection over HTTP on the demo campaign of 平江县 (pj-2026-lsbf): the office plans a round with three teams of inspectors
 * from their own units, solves its schedule in the background, moves and pins a visit by hand, solves again around it
 * and publishes; the inspectors find their inspections. Who sees a round (another county, an inspector of no team of it:
 * 404) and bad input, field by field. On a round running since last week: findings filed on site with photos, registered in
 * the ledger, and a rectification from the unit's submission through an inspector's rejection to its acceptance. Each
 * test works on a round of its own.
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

    @Test
    void findingsPhotosAndRectificationOverTheApi() {
        LocalDate today = today();
        TreeSet<LocalDate> working = workingDays(today.minusDays(14), today.plusDays(40));
        String name = "整改闭环督查 " + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        String round = round(name, today.minusDays(14), today.plusDays(14));
        long roundId = Long.parseLong(round.substring(round.lastIndexOf('/') + 1));
        // Two teams, the second of the 督查室 alone (县政府 helps no enterprise); 周督查 of 发改局 is on neither.
        long first = team(round, "第一核查组", List.of("inspector-czj", "inspector-sjzx"), 3, List.of()).getJsonNumber("id").longValue();
        long second = team(round, "第二核查组", List.of("inspector"), 3, List.of()).getJsonNumber("id").longValue();
        Map<Long, List<String>> members = Map.of(first, List.of("inspector-czj", "inspector-sjzx"), second, List.of("inspector"));
        Http.Response added = http.to(round + "/targets").as("office").post(Json.createObjectBuilder().add("all", true).build());
        assertEquals(200, added.status(), added::toString);
        JsonObject job = solve(round, 5);
        assertEquals(0, job.getJsonNumber("hardScore").longValue(), job::toString);

        // An enterprise inspected on a working day up to today, another one on a working day to come (moved there by hand
        // if the solver put none there).
        Map<String, JsonObject> assignments = assignments();
        Map<Long, Set<String>> teamUnits = teamUnits(round);
        JsonObject visited = placed(round, assignments, teamUnits, working.headSet(today, true).descendingSet(), -1);
        JsonObject coming = placed(round, assignments, teamUnits, working.subSet(today, false, today.plusDays(14), true),
                visited.getJsonNumber("id").longValue());
        LocalDate ahead = LocalDate.parse(coming.getString("date"));
        Http.Response published = http.to(round + "/schedule/publish").as("office").post(Json.createObjectBuilder().build());
        assertEquals(200, published.status(), published::toString);
        assertEquals("SCHEDULED", published.json().getString("status"));

        // A member of the team files a finding on site; the round is under way from then on.
        long visitId = visited.getJsonNumber("id").longValue();
        long visitTeam = visited.getJsonNumber("team").longValue();
        String filer = members.get(visitTeam).get(0);
        String otherInspector = members.get(visitTeam == first ? second : first).get(0);
        String teamUnit = teamUnits.get(visitTeam).iterator().next();
        JsonObject assignment = assignments.get(key(visited));
        String leading = assignment.getString("leadingUnit");
        String coUnit = assignment.getJsonArray("coUnits").getString(0);
        Http.Response filed = http.to(round + "/findings").as(filer).post(finding(visitId, "NO_PLAN", "MAJOR",
                "帮扶单位至今未制定“一企一策”帮扶方案", null));
        assertEquals(201, filed.status(), filed::toString);
        JsonObject f = filed.json();
        assertTrue(f.keySet().containsAll(Set.of("id", "visit", "item", "severity", "description", "unitCode", "photos")), f::toString);
        long findingId = f.getJsonNumber("id").longValue();
        String finding = "api/v1/findings/" + findingId;
        assertTrue(filed.header("Location").endsWith(finding), filed::toString);
        assertEquals(visitId, f.getJsonNumber("visit").longValue());
        assertEquals("NO_PLAN", f.getString("item"));
        assertEquals("MAJOR", f.getString("severity"));
        assertEquals("帮扶单位至今未制定“一企一策”帮扶方案", f.getString("description"));
        assertEquals(leading, f.getString("unitCode"), "the target's leading unit by default");
        assertEquals(List.of(), f.getJsonArray("photos"));
        assertTrue(!f.containsKey("problemId") || f.isNull("problemId"), f::toString);
        assertTrue(!f.containsKey("rectification") || f.isNull("rectification"), f::toString);
        String target = f.getJsonObject("target").getString("name");
        assertEquals("IN_PROGRESS", http.to(round).as("office").get().json().getString("status"), "the first finding starts the round");

        String comingTeam = members.get(coming.getJsonNumber("team").longValue()).get(0);
        Http.Response early = http.to(round + "/findings").as(comingTeam).post(finding(coming.getJsonNumber("id").longValue(), "NO_VISIT",
                "MINOR", "提前记录", null));
        assertEquals(409, early.status(), early::toString);
        assertEquals("这次督查安排在 " + ahead + "，日期未到，还不能记录督查发现", early.errors("visit").get(0).getString("message"));
        Http.Response bad = http.to(round + "/findings").as(filer).post(finding(visitId, "NOT_ON_LIST", "HUGE", "  ", teamUnit));
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.errors("item").get(0).getString("message").startsWith("检查事项 \"NOT_ON_LIST\" 不在本轮的检查清单中"), bad::toString);
        assertEquals(1, bad.errors("severity").size(), bad::toString);
        assertEquals("必填", bad.errors("description").get(0).getString("message"));
        assertTrue(bad.errors("unitCode").get(0).getString("message").startsWith("单位 \"" + teamUnit + "\" 不是被督查对象的帮扶单位"), bad::toString);
        assertEquals(404, http.to(round + "/findings").as("inspector-fgj").post(finding(visitId, "OTHER", "MINOR", "不在组内", null)).status(),
                "an inspector of no team of the round");
        assertEquals(1, http.to(round + "/findings").as("office").get().total(), "nothing else was filed");

        // Photos: checked by content whatever the Content-Type says, served as stored.
        byte[] jpeg = photo("jpg", 320, 240);
        Http.Response up = http.to(finding + "/photos").as(filer).send("POST", "image/jpeg", jpeg);
        assertEquals(201, up.status(), up::toString);
        String photo = up.header("Location");
        long photoId = up.json().getJsonArray("photos").getJsonNumber(0).longValue();
        assertTrue(photo.endsWith("api/v1/photos/" + photoId), up::toString);
        Http.File served = http.to(photo).as(otherInspector).file();
        assertEquals(200, served.status(), served::toString);
        assertEquals("image/jpeg", served.contentType().split(";")[0]);
        assertTrue(Arrays.equals(jpeg, served.body()), "the same bytes");
        byte[] png = photo("png", 64, 64);
        Http.Response upPng = http.to(finding + "/photos").as("office").send("POST", "application/octet-stream", png);
        assertEquals(201, upPng.status(), "the office adds photos too, of any Content-Type: " + upPng);
        Http.File servedPng = http.to(upPng.header("Location")).as(otherInspector).file();
        assertEquals("image/png", servedPng.contentType().split(";")[0]);
        assertTrue(Arrays.equals(png, servedPng.body()));
        Http.Response huge = http.to(finding + "/photos").as(filer).send("POST", "image/jpeg", Arrays.copyOf(jpeg, 10 * 1024 * 1024 + 1));
        assertEquals(400, huge.status(), huge::toString);
        assertEquals("照片不能超过 10 MB", huge.errors("photo").get(0).getString("message"));
        Http.Response text = http.to(finding + "/photos").as(filer).send("POST", "image/jpeg",
                "这不是照片".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, text.status(), text::toString);
        assertEquals("只能上传 JPEG 或 PNG 照片（按文件内容检查，不看文件名）", text.errors("photo").get(0).getString("message"));
        assertEquals(2, http.to(finding).as(filer).get().json().getJsonArray("photos").size(), "only the two good ones");

        // Who reads the finding and its photos: the round's readers and the responsible unit; nobody else learns they exist.
        assertEquals(200, http.to(finding).as(leading).get().status(), "the responsible unit");
        assertEquals(200, http.to(photo).as(leading).file().status());
        assertEquals(200, http.to(finding).as("evaluator").get().status());
        for (String outsider : List.of(coUnit, "inspector-fgj", "yy-office")) {
            assertEquals(404, http.to(finding).as(outsider).get().status(), outsider);
            assertEquals(404, http.to(photo).as(outsider).get().status(), outsider);
        }

        // Registered in the ledger in one step, once.
        String category = http.to("api/v1/problem-categories").as("office").get().array().get(0).getString("code");
        Http.Response registered = http.to(finding + "/problem").as(filer).post(Json.createObjectBuilder().add("category", category).build());
        assertEquals(200, registered.status(), registered::toString);
        long problemId = registered.json().getJsonNumber("problemId").longValue();
        JsonObject problem = http.to("api/v1/problems/" + problemId).as("office").get().json();
        assertEquals("INSPECTION", problem.getString("source"), problem::toString);
        assertEquals(key(visited), problem.getJsonObject("target").getString("creditCode"));
        assertEquals(category, problem.getString("category"));
        assertEquals(409, http.to(finding + "/problem").as(filer).post(Json.createObjectBuilder().add("category", category).build())
                .status(), "once");
        Http.Response officeFiled = http.to(round + "/findings").as("office").post(finding(visitId, "OTHER", "MINOR",
                "配合单位不了解督查安排", coUnit));
        assertEquals(201, officeFiled.status(), "the office files too, naming a co-unit: " + officeFiled);
        assertEquals(coUnit, officeFiled.json().getString("unitCode"));
        String secondFinding = "api/v1/findings/" + officeFiled.json().getJsonNumber("id").longValue();
        Http.Response noCategory = http.to(secondFinding + "/problem").as(filer)
                .post(Json.createObjectBuilder().add("category", "NO_SUCH_CATEGORY").build());
        assertEquals(400, noCategory.status(), noCategory::toString);
        assertEquals(1, noCategory.errors("category").size(), noCategory::toString);
        assertEquals(200, http.to(secondFinding).as(coUnit).get().status(), "responsible for the second finding, not the first");

        // The rectification: sent to the unit, due in working days; a deadline in the past, or both, are refused.
        JsonObject before = http.to("api/v1/rectifications/summary").as(leading).get().json();
        Http.Response past = http.to(finding + "/rectification").as(filer).post(Json.createObjectBuilder()
                .add("deadline", today.minusDays(1).toString()).build());
        assertEquals(400, past.status(), past::toString);
        assertTrue(past.errors("deadline").get(0).getString("message").startsWith("整改期限须在今天（" + today + "）之后"), past::toString);
        Http.Response both = http.to(finding + "/rectification").as(filer).post(Json.createObjectBuilder()
                .add("deadline", working.higher(today.plusDays(7)).toString()).add("workingDays", 5).build());
        assertEquals(400, both.status(), both::toString);
        assertEquals(1, both.errors("deadline").size());
        Http.Response issued = http.to(finding + "/rectification").as(filer).post(Json.createObjectBuilder().add("workingDays", 5).build());
        assertEquals(201, issued.status(), issued::toString);
        JsonObject r = issued.json();
        long rectificationId = r.getJsonNumber("id").longValue();
        String rectification = "api/v1/rectifications/" + rectificationId;
        assertTrue(issued.header("Location").endsWith(rectification), issued::toString);
        assertEquals("OPEN", r.getString("state"));
        assertEquals(leading, r.getString("unitCode"));
        assertEquals(working.stream().filter(d -> d.isAfter(today)).skip(4).findFirst().orElseThrow().toString(), r.getString("deadline"),
                "five working days from today");
        assertEquals("GREEN", r.getString("light"));
        assertEquals(0, r.getInt("rejections"));
        assertEquals(List.of(), strings(r.getJsonArray("actions")), "an inspector waits for the unit");
        assertEquals(409, http.to(finding + "/rectification").as(filer).post(Json.createObjectBuilder().add("workingDays", 5).build())
                .status(), "one per finding");
        JsonObject ref = http.to(finding).as("office").get().json().getJsonObject("rectification");
        assertEquals(rectificationId, ref.getJsonNumber("id").longValue());
        assertEquals("OPEN", ref.getString("state"));
        assertEquals(problemId, http.to(finding).as("office").get().json().getJsonNumber("problemId").longValue());

        // The unit finds it, adds evidence and submits what it did.
        List<JsonObject> listed = http.to("api/v1/rectifications?round=" + roundId).as(leading).get().items();
        assertEquals(List.of(rectificationId), listed.stream().map(x -> x.getJsonNumber("id").longValue()).toList(), listed::toString);
        assertTrue(http.to("api/v1/rectifications?state=OPEN&size=100").as(leading).get().items().stream()
                .anyMatch(x -> x.getJsonNumber("id").longValue() == rectificationId));
        assertTrue(http.to("api/v1/rectifications?round=" + roundId).as(coUnit).get().items().stream()
                .noneMatch(x -> x.getJsonNumber("id").longValue() == rectificationId), "not another unit's");
        assertEquals(404, http.to(rectification).as(coUnit).get().status());
        assertEquals(before.getJsonNumber("open").longValue() + 1,
                http.to("api/v1/rectifications/summary").as(leading).get().json().getJsonNumber("open").longValue());
        assertEquals(List.of("SUBMIT"), strings(http.to(rectification).as(leading).get().json().getJsonArray("actions")));
        Http.Response evidence = http.to(rectification + "/evidence").as(leading).send("POST", "image/png", png);
        assertEquals(200, evidence.status(), evidence::toString);
        long evidenceId = evidence.json().getJsonArray("evidence").getJsonNumber(0).longValue();
        Http.File evidencePhoto = http.to("api/v1/photos/" + evidenceId).as(otherInspector).file();
        assertEquals(200, evidencePhoto.status(), evidencePhoto::toString);
        assertTrue(Arrays.equals(png, evidencePhoto.body()));
        assertEquals(2, http.to(finding).as("office").get().json().getJsonArray("photos").size(), "evidence is not a photo of the finding");
        assertEquals(400, http.to(rectification + "/evidence").as(leading).send("POST", "image/png", "不是图片".getBytes(StandardCharsets.UTF_8))
                .status());
        Http.Response noNote = step(rectification, leading, Json.createObjectBuilder().add("action", "SUBMIT"));
        assertEquals(400, noNote.status(), noNote::toString);
        assertEquals("必填", noNote.errors("note").get(0).getString("message"));
        Http.Response submitted = step(rectification, leading, Json.createObjectBuilder().add("action", "SUBMIT").add("note", "已制定帮扶方案并报帮扶办备案"));
        assertEquals(200, submitted.status(), submitted::toString);
        assertEquals("SUBMITTED", submitted.json().getString("state"));
        assertEquals(409, http.to(rectification + "/evidence").as(leading).send("POST", "image/png", png).status(), "evidence while open only");
        assertTrue(inbox("office").stream().anyMatch(n -> n.getString("subject").equals("整改待核查：未制定方案（" + target + "）")
                && n.getString("body").contains(name)), "the office is told");

        // Only an inspector of the round verifies: another inspector does not even see it, the unit and the office may not.
        assertEquals(404, step(rectification, "inspector-fgj", Json.createObjectBuilder().add("action", "ACCEPT")).status(),
                "an inspector of no team of the round");
        Http.Response byUnit = step(rectification, leading, Json.createObjectBuilder().add("action", "ACCEPT"));
        assertEquals(409, byUnit.status(), byUnit::toString);
        assertEquals("SUBMITTED", byUnit.json().getString("state"));
        assertEquals(List.of(), strings(byUnit.json().getJsonArray("allowed")));
        Http.Response byOffice = step(rectification, "office", Json.createObjectBuilder().add("action", "ACCEPT"));
        assertEquals(409, byOffice.status(), byOffice::toString);
        assertEquals(List.of(), strings(byOffice.json().getJsonArray("allowed")));
        assertEquals(List.of("ACCEPT", "REJECT"), strings(http.to(rectification).as(filer).get().json().getJsonArray("actions")));
        Http.Response noReason = step(rectification, filer, Json.createObjectBuilder().add("action", "REJECT"));
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals(1, noReason.errors("reason").size());
        Http.Response rejected = step(rectification, filer, Json.createObjectBuilder().add("action", "REJECT")
                .add("reason", "方案未经单位党组会审定"));
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("OPEN", rejected.json().getString("state"));
        assertEquals(1, rejected.json().getInt("rejections"));
        assertEquals(r.getString("deadline"), rejected.json().getString("deadline"), "the same deadline");
        Http.Response again = step(rectification, leading, Json.createObjectBuilder().add("action", "SUBMIT").add("note", "方案已经党组会审定，附会议纪要"));
        assertEquals("SUBMITTED", again.json().getString("state"), again::toString);
        Http.Response accepted = step(rectification, otherInspector, Json.createObjectBuilder().add("action", "ACCEPT"));
        assertEquals(200, accepted.status(), accepted::toString);
        JsonObject closed = accepted.json();
        assertEquals("CLOSED", closed.getString("state"));
        assertTrue(!closed.containsKey("light") || closed.isNull("light"), "no light once closed: " + closed);
        assertFalse(closed.getBoolean("overdue"));
        assertEquals(List.of("ISSUE", "SUBMIT", "REJECT", "SUBMIT", "ACCEPT"), closed.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList());
        for (String[] late : new String[][] {{leading, "SUBMIT"}, {filer, "ACCEPT"}, {otherInspector, "REJECT"}}) {
            Http.Response refused = step(rectification, late[0], Json.createObjectBuilder().add("action", late[1]).add("note", "再次提交")
                    .add("reason", "重新检查"));
            assertEquals(409, refused.status(), refused::toString);
            assertEquals("application/problem+json", refused.mediaType());
            assertEquals("CLOSED", refused.json().getString("state"), refused::toString);
            assertEquals(List.of(), strings(refused.json().getJsonArray("allowed")), refused::toString);
        }
        JsonObject after = http.to("api/v1/rectifications/summary").as(leading).get().json();
        assertEquals(before.getJsonNumber("open").longValue(), after.getJsonNumber("open").longValue());
        assertEquals(before.getJsonNumber("closed").longValue() + 1, after.getJsonNumber("closed").longValue());

        // The unit was told at every step, about this round.
        List<JsonObject> told = inbox(leading).stream().filter(n -> n.getString("body").contains(name)).toList();
        Set<String> subjects = told.stream().map(n -> n.getString("subject")).collect(Collectors.toSet());
        assertTrue(subjects.containsAll(Set.of("整改通知：未制定方案（" + target + "）", "整改被退回：未制定方案（" + target + "）",
                "整改通过核查：未制定方案（" + target + "）")), subjects::toString);
        assertTrue(told.stream().anyMatch(n -> n.getString("body").contains("理由：方案未经单位党组会审定")), told::toString);

        // A second rectification, due on a date: the co-unit responsible for it is told the step it may take when it asks
        // for one it may not.
        LocalDate deadline = working.higher(today.plusDays(10));
        Http.Response dated = http.to(secondFinding + "/rectification").as("office").post(Json.createObjectBuilder()
                .add("deadline", deadline.toString()).build());
        assertEquals(201, dated.status(), dated::toString);
        assertEquals(deadline.toString(), dated.json().getString("deadline"));
        String secondRectification = "api/v1/rectifications/" + dated.json().getJsonNumber("id").longValue();
        List<String> mayDo = strings(http.to(secondRectification).as(coUnit).get().json().getJsonArray("actions"));
        assertEquals(List.of("SUBMIT"), mayDo);
        Http.Response notYours = step(secondRectification, coUnit, Json.createObjectBuilder().add("action", "ACCEPT"));
        assertEquals(409, notYours.status(), notYours::toString);
        assertEquals("OPEN", notYours.json().getString("state"));

        // Enterprises named by credit code join a round being planned, as "all" does.
        String planned = round(name + "（补充）", today.plusDays(20), today.plusDays(30));
        Http.Response named = http.to(planned + "/targets").as("office").post(Json.createObjectBuilder()
                .add("creditCodes", Json.createArrayBuilder().add(key(visited)).add(key(coming))).build());
        assertAll(
                () -> assertEquals(mayDo, strings(notYours.json().getJsonArray("allowed")),
                        "the 409 names the steps the caller may take, as the rectification's actions do: " + notYours),
                () -> {
                    assertEquals(200, named.status(), named::toString);
                    assertEquals(2, named.json().getInt("added"), named::toString);
                });
    }

    @Test
    void aCircularFromTheAprilRoundToEveryUnitsInboxAsChinesePdf() throws IOException {
        String april = ROUNDS + "/" + http.to(ROUNDS).as("office").get().array().stream()
                .filter(r -> r.getString("name").equals("2026年4月全面督查")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Http.Response drafted = http.to(april + "/circulars").as("office").post(Json.createObjectBuilder()
                .add("criticism", "平江县商务局等单位存在严重问题，予以通报批评。").build());
        assertEquals(201, drafted.status(), drafted::toString);
        JsonObject draft = drafted.json();
        String circular = "api/v1/circulars/" + draft.getJsonNumber("id").longValue();
        assertAll(() -> assertEquals("DRAFT", draft.getString("status")),
                () -> assertEquals("2026年4月全面督查情况通报", draft.getString("title")),
                () -> assertTrue(draft.getString("docNumber").matches("平江帮办通〔2026〕\\d+号"), draft::toString),
                () -> assertEquals("平江县商务局等单位存在严重问题，予以通报批评。", draft.getString("criticism"), "what the office sent replaces the wording"),
                () -> assertTrue(draft.getString("summary").contains("共发现问题" + draft.getJsonObject("figures").getInt("findings") + "个"), draft::toString),
                () -> assertTrue(draft.getJsonObject("figures").getInt("findings") >= 8, "the demo's eight findings at least: " + draft));
        List<JsonObject> rows = draft.getJsonArray("rows").stream().map(JsonObject.class::cast).toList();
        assertEquals(draft.getJsonObject("figures").getInt("findings"), rows.stream().mapToInt(r -> r.getInt("findings")).sum(), draft::toString);
        assertEquals(draft.getJsonObject("figures").getInt("units"), rows.size(), draft::toString);
        String named = rows.get(0).getString("unitName");
        String namedUnit = rows.get(0).getString("unitCode");

        assertEquals(404, http.to(circular).as(namedUnit).get().status(), "a draft is not the units' yet");
        assertEquals(404, http.to(circular).as("yy-office").get().status(), "another county's office");
        Http.Response stale = http.to(circular).as("office").put(Json.createObjectBuilder().add("title", "改过的标题")
                .add("docNumber", draft.getString("docNumber")).add("issuer", draft.getString("issuer")).add("version", draft.getInt("version") + 7)
                .build());
        assertEquals(409, stale.status(), stale::toString);
        Http.Response blank = http.to(circular).as("office").put(Json.createObjectBuilder().add("title", " ").add("docNumber", "")
                .add("issuer", draft.getString("issuer")).add("version", draft.getInt("version")).build());
        assertEquals(400, blank.status(), blank::toString);
        assertEquals(Set.of("title", "docNumber"), blank.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field")).collect(Collectors.toSet()), blank::toString);
        Http.Response edited = http.to(circular).as("office").put(Json.createObjectBuilder().add("title", "关于2026年4月全面督查情况的通报")
                .add("docNumber", draft.getString("docNumber")).add("issuer", draft.getString("issuer")).add("summary", draft.getString("summary"))
                .add("requirements", "各单位于5月15日前报送整改情况。").add("version", draft.getInt("version")).build());
        assertEquals(200, edited.status(), edited::toString);
        assertEquals(403, http.to(circular + "/publish").as("evaluator").post(Json.createObjectBuilder().build()).status(), "only the office publishes");

        Http.Response published = http.to(circular + "/publish").as("office").post(Json.createObjectBuilder().build());
        assertEquals(200, published.status(), published::toString);
        assertEquals("PUBLISHED", published.json().getString("status"));
        assertEquals(today().toString(), published.json().getString("publishedOn"));
        Http.Response again = http.to(circular).as("office").put(Json.createObjectBuilder().add("title", "再改").add("docNumber", "x")
                .add("issuer", "y").add("version", published.json().getInt("version")).build());
        assertEquals(409, again.status(), "a published circular never changes: " + again);

        assertEquals(200, http.to(circular).as(namedUnit).get().status(), "published: the units read it");
        assertTrue(inbox(namedUnit).stream().anyMatch(n -> n.getString("subject").equals("督查通报：关于2026年4月全面督查情况的通报（"
                + draft.getString("docNumber") + "）")), "the unit finds it in its inbox");
        assertTrue(http.to("api/v1/circulars").as(namedUnit).get().array().stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == draft.getJsonNumber("id").longValue()), "and among the published circulars");

        Http.File pdf = http.to(circular + ".pdf").as(namedUnit).file();
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        String pdfText = text;
        assertAll(() -> assertTrue(pdfText.contains("关于2026年4月全面督查情况的通报"), pdfText),
                () -> assertTrue(pdfText.contains(draft.getString("docNumber")), pdfText),
                () -> assertTrue(pdfText.contains(named), "the units' names: " + pdfText),
                () -> assertTrue(pdfText.contains("各单位于5月15日前报送整改情况。"), pdfText),
                () -> assertTrue(pdfText.contains(ChineseDate.of(today())), "dated the day it was published: " + pdfText));
        Http.File sheet = http.to(circular + ".xlsx").as("office").file();
        assertEquals(200, sheet.status(), sheet::toString);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
            Sheet table = book.getSheetAt(0);
            DataFormatter cells = new DataFormatter();
            assertEquals("责任单位", cells.formatCellValue(table.getRow(0).getCell(1)));
            assertEquals(named, cells.formatCellValue(table.getRow(1).getCell(1)));
        }
        assertEquals(403, http.to(circular).as("enterprise").get().status(), "an enterprise reads no circular");

        List<JsonObject> afterCircular = http.to("api/v1/campaigns/pj-2026-lsbf/first-visits?state=LATE&afterCircular=true").as("office")
                .get().array();
        assertEquals(8, afterCircular.size(), "the seed's eight units that went only after the first circular at the end of April: " + afterCircular);
        assertTrue(afterCircular.stream().allMatch(f -> LocalDate.parse(f.getString("firstVisitOn")).isAfter(LocalDate.of(2026, 4, 30))),
                afterCircular::toString);
    }

    /**
     * GET /api/v1/campaigns/{code}/briefings/{yyyy-MM}.pdf: this month's 简报 for the office and the evaluation officer, with
     * the heading, the editing office and a demo unit; a unit may not (403), 岳阳's office does not see 平江's campaign (404),
     * a month before the campaign began is a 400 naming the field.
     */
    @Test
    void briefingPdfOfAMonth() throws IOException {
        String month = java.time.YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        String path = "api/v1/campaigns/pj-2026-lsbf/briefings/" + month + ".pdf";

        Http.File pdf = http.to(path).as("office").file();
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType().split(";")[0].strip(), pdf::toString);
        assertTrue(pdf.disposition().startsWith("attachment;"), pdf::toString);
        assertTrue(pdf.disposition().contains("filename*=UTF-8''" + Http.encode("企业帮扶工作简报-" + month + ".pdf")), pdf::toString);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            // OpenPDF writes a table's text after the page's paragraphs: read it as a reader sees the page
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("[\\s\u3000]", "");
        }
        assertTrue(text.startsWith("企业帮扶工作简报第"), text);
        assertTrue(text.contains("平江县企业帮扶工作领导小组办公室编"), text);
        assertTrue(text.contains("一、总体情况") && text.contains("二、问题办理") && text.contains("五、工作靠前的单位和需要加力的单位"), text);
        assertTrue(text.contains("平江县工业和信息化局"), text);

        Http.File evaluator = http.to(path).as("evaluator").file();
        assertEquals(200, evaluator.status(), evaluator::toString);
        assertEquals("application/pdf", evaluator.contentType().split(";")[0].strip(), evaluator::toString);
        assertEquals(403, http.to(path).as("pj-gxj").file().status(), "a unit reads no briefing");
        assertEquals(404, http.to(path).as("yy-office").file().status(), "another county's office does not see the campaign");

        Http.File early = http.to("api/v1/campaigns/pj-2026-lsbf/briefings/2020-01.pdf").as("office").file();
        assertEquals(400, early.status(), early::toString);
        assertTrue(early.contentType().startsWith("application/problem+json"), early::toString);
        JsonObject problem;
        try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(new String(early.body(), StandardCharsets.UTF_8)))) {
            problem = reader.readObject();
        }
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals("month", error.getString("field"), problem::toString);
        assertTrue(error.getString("message").startsWith("简报月份 2020-01 早于本行动开始的月份 2026-01"), problem::toString);
    }

    /** A day as the circulars date them: 2026年4月30日. */
    private static final class ChineseDate {
        static String of(LocalDate day) {
            return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        }
    }

    /**
     * A visit of an enterprise with co-units on one of {@code days} (in that order of preference): one the solver put there,
     * or else one moved there by hand onto a team none of whose units helps it and which has room that day.
     */
    private static JsonObject placed(String round, Map<String, JsonObject> assignments, Map<Long, Set<String>> teamUnits,
                                     Set<LocalDate> days, long other) {
        List<JsonObject> schedule = http.to(round + "/schedule").as("office").get().array();
        List<JsonObject> candidates = schedule.stream().filter(v -> v.getJsonNumber("id").longValue() != other)
                .filter(v -> v.getJsonObject("target").containsKey("creditCode"))
                .filter(v -> !assignments.get(key(v)).getJsonArray("coUnits").isEmpty()).toList();
        for (LocalDate day : days) {
            for (JsonObject v : candidates) {
                if (day.toString().equals(v.getString("date"))) {
                    return v;
                }
            }
        }
        for (LocalDate day : days) {
            for (Map.Entry<Long, Set<String>> t : teamUnits.entrySet()) {
                long load = schedule.stream().filter(v -> v.getJsonNumber("team").longValue() == t.getKey())
                        .filter(v -> day.toString().equals(v.getString("date"))).count();
                JsonObject v = candidates.stream().filter(c -> helping(assignments.get(key(c))).stream().noneMatch(t.getValue()::contains))
                        .findFirst().orElse(null);
                if (load < 3 && v != null) {
                    Http.Response moved = move(round, v, t.getKey(), day, true);
                    assertEquals(200, moved.status(), moved::toString);
                    return moved.array().stream().filter(x -> x.getJsonNumber("id").equals(v.getJsonNumber("id"))).findFirst().orElseThrow();
                }
            }
        }
        throw new AssertionError("no visit can be put on " + days + ": " + schedule);
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
            if (twice.status() == 202) {
                // The job ended between the two requests: then it must be over, and the new one is waited for instead.
                JsonObject ended = http.to(job).as("office").get().json();
                assertFalse(List.of("QUEUED", "SOLVING").contains(ended.getString("status")), "one job per round at a time: " + ended);
                job = round + "/schedule/jobs/" + twice.json().getJsonNumber("id").longValue();
                continue;
            }
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
        assignments().forEach((target, a) -> m.put(target, helping(a)));
        return m;
    }

    /** The campaign's assignments now, by credit code or "P" + project id. */
    private static Map<String, JsonObject> assignments() {
        Map<String, JsonObject> m = new HashMap<>();
        for (JsonObject a : http.to("api/v1/campaigns/pj-2026-lsbf/assignments?size=500").as("office").get().items()) {
            JsonObject t = a.getJsonObject("target");
            m.put(t.getString("creditCode", "P" + t.get("projectId")), a);
        }
        return m;
    }

    /** An assignment's leading unit and co-units. */
    private static Set<String> helping(JsonObject assignment) {
        Set<String> units = new HashSet<>(strings(assignment.getJsonArray("coUnits")));
        units.add(assignment.getString("leadingUnit"));
        return units;
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array == null ? null : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject finding(long visit, String item, String severity, String description, String unitCode) {
        var body = Json.createObjectBuilder().add("visit", visit).add("item", item).add("severity", severity).add("description", description);
        if (unitCode != null) {
            body.add("unitCode", unitCode);
        }
        return body.build();
    }

    private static Http.Response step(String rectification, String login, jakarta.json.JsonObjectBuilder body) {
        return http.to(rectification + "/events").as(login).post(body.build());
    }


    /** The working days between two days as the server counts them: Monday to Friday and its calendar's exceptions. */
    private static TreeSet<LocalDate> workingDays(LocalDate from, LocalDate to) {
        Map<LocalDate, String> exceptions = new HashMap<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            Http.Response days = http.to("api/v1/calendar/" + year).as("office").get();
            assertEquals(200, days.status(), days::toString);
            days.json().getJsonArray("days").getValuesAs(JsonObject.class)
                    .forEach(d -> exceptions.put(LocalDate.parse(d.getString("date")), d.getString("kind")));
        }
        TreeSet<LocalDate> working = new TreeSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            String kind = exceptions.get(d);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (kind == null ? !weekend : kind.equals("WORKDAY")) {
                working.add(d);
            }
        }
        return working;
    }

    /** A real photo as a phone would send it, made with ImageIO. */
    private static byte[] photo(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0xC8, 0x10, 0x2E), width, height, Color.ORANGE));
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertTrue(ImageIO.write(image, format, out), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
