package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** What several integration test classes create or pick for themselves on the demo county. */
final class ItData {

    private ItData() {
    }

    /** A new 三帮一 campaign of 平江县 with a random code; perUnitLimit may be null. */
    static String threeToOneCampaign(Http http, Integer perUnitLimit) {
        String code = "it-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        var body = Json.createObjectBuilder().add("code", code).add("name", "集成测试帮扶行动 " + code).add("year", 2026)
                .add("mode", "THREE_TO_ONE").add("startDate", "2026-01-01").add("endDate", "2026-12-31").add("planDeadline", "2026-03-31");
        if (perUnitLimit != null) {
            body.add("perUnitLimit", perUnitLimit);
        }
        Http.Response created = http.to("api/v1/campaigns").as("office").post(body.build());
        assertEquals(201, created.status(), created::toString);
        assertEquals(2, created.json().getInt("coUnitCount"), created::toString);
        assertEquals("PLANNING", created.json().getString("status"), created::toString);
        assertEquals("430626", created.json().getString("regionCode"), created::toString);
        return code;
    }

    /** n random demo enterprises of 平江县, by credit code. */
    static List<String> pingjiangEnterprises(Http http, int n) {
        // Random, so tests that run against the same database use different ones.
        Http.Response list = http.to("api/v1/enterprises?size=100&sort=creditCode").as("office").get();
        List<String> codes = new java.util.ArrayList<>(list.items().stream().map(e -> e.getString("creditCode")).toList());
        java.util.Collections.shuffle(codes);
        return codes.subList(0, n);
    }
}
