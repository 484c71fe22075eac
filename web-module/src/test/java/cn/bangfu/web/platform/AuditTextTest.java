package cn.bangfu.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.Audited;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of record in the audit trail, each of its fields and each code a field holds reads in words,
 * in Chinese and in English. The records are found on the class path (every {@link Audited} class of
 * ejb-module) and their fields are the keys of their own audit snapshot, so a new record or field without
 * labels fails here.
 */
class AuditTextTest {

    private static final Properties ZH = bundle("labels_zh.properties");
    private static final Properties EN = bundle("labels_en.properties");
    private static List<Audited> records;

    @BeforeAll
    static void findAuditedRecords() throws Exception {
        records = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> c = Class.forName(name, false, AuditTextTest.class.getClassLoader());
            if (Audited.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                Constructor<?> empty = c.getDeclaredConstructor();
                empty.setAccessible(true);
                records.add((Audited) empty.newInstance());
            }
        }
    }

    @Test
    void theRecordsAreFound() {
        List<String> types = records.stream().map(Audited::auditType).toList();
        assertTrue(types.containsAll(List.of("AssistancePlan", "Assignment", "Campaign", "Visit", "Stationing", "Cadre", "UserAccount",
                "Region", "Unit", "Enterprise", "KeyProject")), types::toString);
    }

    @Test
    void everyKindOfRecordAndEveryFieldHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Audited r : records) {
            String type = r.auditType();
            check("audit.entity." + type, missing);
            assertFalse(r.auditSnapshot().isEmpty(), type);
            for (String field : r.auditSnapshot().keySet()) {
                check("audit.field." + type + "." + field, missing);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyFieldOfAnEnumTypeReadsThroughLabelsAndEveryValueHasOne() {
        List<String> missing = new ArrayList<>();
        for (Audited r : records) {
            for (Field f : fields(r.getClass())) {
                Class<?> codeType = codeType(f);
                if (codeType != null && r.auditSnapshot().containsKey(f.getName())) {
                    AuditText.Codes codes = AuditText.CODES.get(r.auditType() + "." + f.getName());
                    if (codes == null || codes.type() != codeType) {
                        missing.add("AuditText.CODES " + r.auditType() + "." + f.getName() + " → " + codeType.getSimpleName());
                    }
                }
            }
        }
        for (AuditText.Codes codes : AuditText.CODES.values()) {
            Object[] values = codes.type() == Boolean.class ? new Object[] {true, false} : codes.type().getEnumConstants();
            for (Object v : values) {
                check(codes.prefix() + (v instanceof Enum<?> e ? e.name() : v), missing);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void namesAndCodesReadInTheReadersLanguage() {
        AuditText zh = new AuditText(ZH::getProperty, "、");
        AuditText en = new AuditText(EN::getProperty, ", ");
        assertEquals("帮扶方案", zh.entity("AssistancePlan"));
        assertEquals("Assistance plan", en.entity("AssistancePlan"));
        assertEquals("帮扶目标", zh.field("AssistancePlan", "goals"));
        assertEquals("Leading unit", en.field("AssistancePlan", "leadingUnit"));
        assertEquals("已报送", zh.value("AssistancePlan", "status", "SUBMITTED"));
        assertEquals("submitted", en.value("AssistancePlan", "status", "SUBMITTED"));
        assertEquals("报送", zh.action("SUBMIT"));
        assertEquals("上传附件 方案.pdf", zh.action("ATTACH 方案.pdf"));
        assertEquals("帮扶办、审计员", zh.value("UserAccount", "roles", "[OFFICE, AUDITOR]"));
        assertEquals("Enabled", en.field("UserAccount", "enabled"));
        assertEquals("no", en.value("UserAccount", "enabled", "false"));
        assertEquals("规上工业、规上服务业", zh.value("Enterprise", "scaleFlags", "ABOVE_SCALE_INDUSTRY,ABOVE_SCALE_SERVICES"));
        assertEquals("Group leader 1074, Member 1078", en.value("Campaign", "leadingGroup", "GROUP_LEADER:1074,MEMBER:1078"));
    }

    @Test
    void whatHasNoLabelReadsAsStored() {
        AuditText zh = new AuditText(ZH::getProperty, "、");
        assertEquals("Commendation", zh.entity("Commendation"));
        assertEquals("deadline", zh.field("AssistancePlan", "deadline"));
        assertEquals("ARCHIVE", zh.action("ARCHIVE"));
        assertEquals("ARCHIVED", zh.value("AssistancePlan", "status", "ARCHIVED"));
        assertEquals("帮扶目标：三年内产值翻番", zh.value("AssistancePlan", "goals", "帮扶目标：三年内产值翻番"), "free text is not a code");
        assertEquals("pj-gxj", zh.value("Assignment", "leadingUnit", "pj-gxj"));
    }

    private static void check(String key, List<String> missing) {
        if (blank(ZH.getProperty(key))) {
            missing.add("zh " + key);
        }
        if (blank(EN.getProperty(key))) {
            missing.add("en " + key);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The enum (or Boolean) a field holds, alone or in a collection; null for any other field. */
    private static Class<?> codeType(Field f) {
        Class<?> t = f.getType();
        if (t.isEnum() || t == boolean.class || t == Boolean.class) {
            return t.isEnum() ? t : Boolean.class;
        }
        if (Collection.class.isAssignableFrom(t) && f.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> e && e.isEnum()) {
            return e;
        }
        return null;
    }

    private static List<Field> fields(Class<?> c) {
        List<Field> all = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    all.add(f);
                }
            }
        }
        return all;
    }

    /** Every class of ejb-module, from the directory or jar that holds {@link Audited}. */
    private static List<String> classNames() throws IOException, URISyntaxException {
        Path root = Path.of(Audited.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.map(p -> root.relativize(p).toString().replace('\\', '/')).filter(AuditTextTest::isClass).map(AuditTextTest::className)
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                jar.stream().map(JarEntry::getName).filter(AuditTextTest::isClass).map(AuditTextTest::className).forEach(names::add);
            }
        }
        assertFalse(names.isEmpty(), root::toString);
        return names;
    }

    private static boolean isClass(String path) {
        return path.startsWith("cn/bangfu/") && path.endsWith(".class") && !path.contains("$") && !path.endsWith("package-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static Properties bundle(String file) {
        Properties p = new Properties();
        try (InputStream in = AuditTextTest.class.getResourceAsStream("/cn/bangfu/web/" + file)) {
            assertNotNull(in, file);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

}
