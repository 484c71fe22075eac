package cn.bangfu.web.platform;

import cn.bangfu.org.boundary.MyAccount;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The user's own account page: who he is, and changing his password. */
@Named
@RequestScoped
public class MyAccountPage {

    private static final Map<String, String> INPUTS = Map.of("currentPassword", "password:current", "newPassword", "password:next");

    @Inject
    MyAccount myAccount;

    @Inject
    FacesErrors messages;

    private String current;
    private String next;

    public void changePassword() {
        try {
            myAccount.changePassword(current, next);
            messages.info("account.passwordChanged");
        } catch (InvalidInputException e) {
            messages.show(e, INPUTS);
        } finally {
            current = null;
            next = null;
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
