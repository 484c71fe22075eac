package cn.bangfu.web.platform;

import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Labels and domain messages in the language of the current view, for backing beans. */
@Named
@RequestScoped
public class Labels {

    public static final String BUNDLE = "cn.bangfu.web.labels";

    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Messages.supported(faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale());
    }

    public String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale(), Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return new MessageFormat(pattern, locale()).format(args);
    }

    public String error(FieldError error) {
        return Messages.text(locale(), error);
    }
}
