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
        // Always a MessageFormat pattern, with or without arguments, so an apostrophe is always written ''.
        return new MessageFormat(pattern, l).format(args);
    }

    public static String text(Locale locale, FieldError error) {
        return get(locale, error.messageKey(), error.args().toArray());
    }
}
