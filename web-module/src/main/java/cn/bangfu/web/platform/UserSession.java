package cn.bangfu.web.platform;

import cn.bangfu.org.boundary.MyAccount;
import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.Role;
import cn.bangfu.platform.entity.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in user as the page shell shows him: name, roles and language. The language is read
 * from his account and kept there when he switches, so it follows him to the next sign-in. A language
 * chosen on the login page is his choice too: it is saved to his account when he signs in.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyAccount myAccount;

    private AccountData account;
    private Locale locale;
    /** The language switched to on the login page, before sign-in; saved to the account at sign-in. */
    private Locale chosenBeforeSignIn;

    private AccountData account() {
        if (account == null) {
            account = myAccount.me();
            locale = "en".equals(account.locale()) ? Locale.ENGLISH : Messages.CHINESE;
        }
        return account;
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    /** The language of the pages: the user's choice once signed in, else the browser's (Chinese unless it asks for English). */
    public Locale getLocale() {
        if (isSignedIn()) {
            account();
            return locale;
        }
        if (locale != null) {
            return locale;
        }
        // Signing out of English lands on the login page in English (the session, and the choice in it, is gone).
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        if ("en".equals(ec.getRequestParameterMap().get("lang"))) {
            locale = Locale.ENGLISH; // kept for the login form's posts, whose URL has no query
            return locale;
        }
        // Without an Accept-Language header the request locale is the server's default locale, not the user's.
        return Messages.supported(ec.getRequestHeaderMap().containsKey("Accept-Language") ? ec.getRequestLocale() : null);
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    public String getDisplayName() {
        return account().displayName();
    }

    public String getLogin() {
        return account().login();
    }

    public List<Role> getRoles() {
        return account().roles().stream().sorted().toList();
    }

    public void switchLanguage() throws IOException {
        locale = isEnglish() ? Messages.CHINESE : Locale.ENGLISH;
        if (!isSignedIn()) {
            chosenBeforeSignIn = locale;
        } else {
            myAccount.chooseLocale(isEnglish() ? "en" : "zh-CN");
            account = null;
            locale = null;
        }
        reload();
    }

    /** Called right after a successful sign-in: a language chosen on the login page becomes the account's. */
    public void signedIn() {
        if (chosenBeforeSignIn != null) {
            myAccount.chooseLocale("en".equals(chosenBeforeSignIn.getLanguage()) ? "en" : "zh-CN");
            chosenBeforeSignIn = null;
        }
        account = null;
        locale = null;
    }

    public void logout() throws IOException, ServletException {
        boolean english = isEnglish();
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        ec.invalidateSession();
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml" + (english ? "?lang=en" : ""));
    }

    /**
     * Shows the same page again in the new language. The switch is a form post, whose URL has lost
     * the page's query (e.g. which campaign and target), so the page's view parameters rebuild it.
     */
    private static void reload() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        String url = faces.getApplication().getViewHandler()
                .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), new HashMap<>(), true);
        faces.getExternalContext().redirect(url);
    }
}
