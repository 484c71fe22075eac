package cn.bangfu.registry.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.EnterpriseData;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 平江县 and its neighbour for registry tests, a few enterprises, workbooks as users edit them, and an entity manager that records. */
final class Pingjiang {

    static final Region HUNAN = Region.create("430000", "湖南省", null);
    static final Region YUEYANG = Region.create("430600", "岳阳市", HUNAN);
    static final Region COUNTY = Region.create("430626", "平江县", YUEYANG);
    static final Region WUSHI = Region.create("430626101", "伍市镇", COUNTY);
    static final Region YUEYANG_COUNTY = Region.create("430621", "岳阳县", YUEYANG);
    static final Scope OFFICE = new Scope("office", COUNTY.getCode(), COUNTY.getPath(), null, null, java.util.Set.of(Role.OFFICE));

    static final String SHOES = CreditCode.compose('9', '1', "430626", "MA4L0001");
    static final String BUILDING = CreditCode.compose('9', '1', "430626", "MA4L0002");
    static final String FOOD = CreditCode.compose('9', '1', "430626", "MA4L0003");
    static final String NEIGHBOUR = CreditCode.compose('9', '1', "430621", "MA4L0004");

    private Pingjiang() {
    }

    static Map<String, Region> regions() {
        return Stream.of(HUNAN, YUEYANG, COUNTY, WUSHI, YUEYANG_COUNTY).collect(Collectors.toMap(Region::getCode, Function.identity()));
    }

    static EnterpriseData shoes() {
        return new EnterpriseData(SHOES, "湖南赛雅特鞋业有限公司", "430626", "C", List.of("ABOVE_SCALE_INDUSTRY"), "平江高新技术产业园区",
                "天岳大道 18 号", "李建华", "李经理", "0730-6250001", List.of("出口", "鞋业"), null);
    }

    static EnterpriseData building() {
        return new EnterpriseData(BUILDING, "平江县第一建筑工程有限公司", "430626101", "E", List.of("QUALIFIED_CONSTRUCTION"), null, null,
                "戴建国", null, "13800138000", List.of(), null);
    }

    static byte[] edit(byte[] xlsx, Consumer<Sheet> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(workbook.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one cell as typing over it in Excel would (POI's setCellValue keeps an inline string's old text). */
    static void put(Row row, int column, Object value) {
        if (row.getCell(column) != null) {
            row.removeCell(row.getCell(column));
        }
        if (value instanceof Number n) {
            row.createCell(column).setCellValue(n.doubleValue());
        } else if (value != null) {
            row.createCell(column).setCellValue(value.toString());
        }
    }

    /** Keeps what is persisted, in order; any other use of the entity manager fails the test. */
    static final class Recording {
        final List<Object> persisted = new ArrayList<>();
        final EntityManager em = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("persist")) {
                        persisted.add(args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException("not expected here: EntityManager." + method.getName());
                });

        <T> List<T> persisted(Class<T> type) {
            return persisted.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
