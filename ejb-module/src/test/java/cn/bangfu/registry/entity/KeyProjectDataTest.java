package cn.bangfu.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.platform.entity.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyProjectDataTest {

    @Test
    void nameCategoryAndRegionAreRequiredTheInvestmentIsNot() {
        assertEquals(List.of(), new KeyProjectData(null, "石牛寨景区二期", "infrastructure", null, "430626", null, null).problems());
        assertEquals("INFRASTRUCTURE", new KeyProjectData(null, "x", " infrastructure ", null, "430626", null, null).normalised().category());
        assertEquals(List.of(
                FieldError.of("name", "field.required"),
                FieldError.of("category", "field.required"),
                FieldError.of("regionCode", "field.required")), new KeyProjectData(null, null, "", null, " ", null, null).problems());
    }

    @Test
    void theInvestmentIsTenThousandYuanWithTwoDecimalsAtMost() {
        assertEquals(List.of(), withInvestment("30000").problems());
        assertEquals(List.of(), withInvestment("0.50").problems());
        assertEquals(List.of(), withInvestment("1200.000").problems());
        assertEquals(List.of(FieldError.of("totalInvestment", "keyProject.investment.scale")), withInvestment("0.125").problems());
        assertEquals(List.of(FieldError.of("totalInvestment", "keyProject.investment.range")), withInvestment("-1").problems());
        assertEquals(List.of(FieldError.of("totalInvestment", "keyProject.investment.range")), withInvestment("10000000000").problems());
    }

    private static KeyProjectData withInvestment(String value) {
        return new KeyProjectData(null, "福坤汽车产业园", "INDUSTRY", new BigDecimal(value), "430626", "湖南福坤汽车有限公司", null);
    }
}
