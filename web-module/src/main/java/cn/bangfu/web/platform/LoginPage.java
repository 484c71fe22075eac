package cn.bangfu.web.platform;

import cn.bangfu.org.entity.SignIn;
import cn.bangfu.web.platform.security.SignInOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The sign-in form. Says whether the password was wrong or the account is locked or disabled. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInOutcome outcome;

    @Inject
    Labels labels;

    @Inject
    UserSession userSession;

    private String login;
    private String password;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ec = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) ec.getRequest(), (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(login == null ? "" : login.strip(), password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            userSession.signedIn();
            ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
            faces.responseComplete();
            return;
        }
        String key = outcome.get() == SignIn.Outcome.LOCKED ? "login.locked"
                : outcome.get() == SignIn.Outcome.DISABLED ? "login.disabled" : "login.invalid";
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, labels.get(key), null));
        password = null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
