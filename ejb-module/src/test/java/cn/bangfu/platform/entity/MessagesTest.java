package cn.bangfu.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/cn/bangfu/platform/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseIsTheDefault() {
        assertEquals("必填", Messages.get(null, "field.required"));
        assertEquals("必填", Messages.get(Locale.SIMPLIFIED_CHINESE, "field.required"));
        assertEquals("必填", Messages.get(Locale.CHINESE, "field.required"));
        assertEquals(Messages.CHINESE, Messages.supported(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de-DE", "ja-JP", "zh-TW", "und", "bo-CN"})
    void unsupportedLanguagesGetChinese(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        assertEquals(Messages.CHINESE, Messages.supported(l));
        assertEquals("必填", Messages.get(l, "field.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB"})
    void englishIsGivenToEnglishSpeakers(String tag) {
        Locale l = Locale.forLanguageTag(tag);
        assertEquals(Locale.ENGLISH, Messages.supported(l));
        assertEquals("Required", Messages.get(l, "field.required"));
    }

    @Test
    void theDefaultLocaleOfTheJvmDoesNotMatter() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("必填", Messages.get(Locale.FRENCH, "field.required"));
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertEquals("Required", Messages.get(Locale.US, "field.required"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("不能超过 100 个字符", Messages.get(Locale.CHINA, "field.tooLong", 100));
        assertEquals("At most 100 characters", Messages.get(Locale.US, "field.tooLong", 100));
        assertEquals("代码 430626 的上级应为 430600", Messages.get(null, "region.parent.mismatch", "430626", "430600"));
        assertEquals("The parent of 430626 must be 430600", Messages.get(Locale.ENGLISH, "region.parent.mismatch", "430626", "430600"));
    }

    @Test
    void aFieldErrorReadsInTheUsersLanguage() {
        FieldError e = FieldError.of("code", "region.code.format", "4306");
        assertEquals("行政区划代码\"4306\"格式不对：应为 6 位（省、市、县）或 9 位（乡镇街道）数字", Messages.text(Locale.CHINA, e));
        assertEquals("Region code \"4306\" is malformed: 6 digits (province, city, county) or 9 digits (township)", Messages.text(Locale.ENGLISH, e));
        assertEquals("密码至少 10 个字符", Messages.text(null, FieldError.of("newPassword", "password.tooShort", 10)));
    }

    @Test
    void anUnknownKeyIsShownAsItIs() {
        assertEquals("no.such.key", Messages.get(Locale.CHINA, "no.such.key"));
        assertEquals("no.such.key", Messages.get(Locale.ENGLISH, "no.such.key", 1, 2));
    }

    @Test
    void anApostropheReadsAsOneApostropheWithoutArguments() {
        assertEquals("A unit's code cannot be changed", Messages.get(Locale.ENGLISH, "unit.code.immutable"));
        assertEquals("A unit's code cannot be changed", Messages.text(Locale.ENGLISH, FieldError.of("code", "unit.code.immutable")));
    }

    @Test
    void anApostropheReadsAsOneApostropheWithArguments() {
        // The web module formats every JAX-RS error detail with one argument.
        assertEquals("The request's Content-Type is not supported", Messages.get(Locale.ENGLISH, "problem.mediaType.detail", 0));
        assertEquals("The request's Content-Type is not supported", Messages.get(Locale.ENGLISH, "problem.mediaType.detail"));
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> chinese = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertEquals(Set.of(), onlyChinese, "keys missing from messages_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing from messages.properties");
        assertFalse(chinese.isEmpty());
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        for (String key : zh.stringPropertyNames()) {
            if (en.containsKey(key)) {
                assertEquals(placeholders(zh.getProperty(key)), placeholders(en.getProperty(key)), key);
            }
        }
    }

    @Test
    void everyMessageReadsTheSameWithOrWithoutArguments() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Locale locale = file.contains("_en") ? Locale.ENGLISH : Messages.CHINESE;
            Properties p = bundle(file);
            for (String key : p.stringPropertyNames()) {
                String withArgs = Messages.get(locale, key, "X", "X", "X", "X", "X", "X", "X", "X", "X", "X", "X", "X");
                assertFalse(withArgs.contains("''"), file + " " + key + ": " + withArgs);
                assertFalse(PLACEHOLDER.matcher(withArgs).find(), file + " " + key + ": " + withArgs);
                if (placeholders(p.getProperty(key)).isEmpty()) {
                    assertEquals(Messages.get(locale, key), withArgs, file + " " + key);
                }
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(pattern).results().forEach(r -> found.add(r.group()));
        return found;
    }
}
