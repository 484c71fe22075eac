package cn.bangfu.platform.entity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns domain message keys into text in the user's language; Chinese unless English is asked for. */
public final class Messages {

    public static final String BUNDLE = "cn.bangfu.platform.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Messages() {
    }

    /** Bangfu speaks Chinese and English; any other language gets Chinese. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        Locale l = supported(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Term t) {
                shown[i] = get(l, t.key());
            } else if (shown[i] instanceof Terms t) {
                shown[i] = String.join(CHINESE.equals(l) ? "、" : ", ", t.keys().stream().map(k -> get(l, k)).toList());
            }
        }
        // Always a MessageFormat pattern, with or without arguments, so an apostrophe is always written ''.
        return new MessageFormat(pattern, l).format(shown);
    }

    /** An argument that is itself a word of the bundle (a state, an action), shown in the message's language. */
    public record Term(String key) implements java.io.Serializable {
    }

    /** Words of the bundle listed in the message's language ("受理、退回" or "accept, send back"). */
    public record Terms(java.util.List<String> keys) implements java.io.Serializable {
    }

    public static String text(Locale locale, FieldError error) {
        return get(locale, error.messageKey(), error.args().toArray());
    }
}
