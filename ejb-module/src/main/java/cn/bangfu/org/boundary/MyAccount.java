package cn.bangfu.org.boundary;

import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.control.PasswordHasher;
import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.PasswordPolicy;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What every signed-in user may do with his own account: see it, choose a language, change his password. */
@Stateless
@PermitAll
public class MyAccount {

    @Inject
    CallerScope caller;

    @Inject
    AuditTrail audit;

    public AccountData me() {
        return AccountData.of(caller.account());
    }

    public Scope scope() {
        return caller.get();
    }

    /** Keeps the user's language ("zh-CN" or "en") for his next visit. */
    public void chooseLocale(String locale) {
        String tag = "en".equals(locale) ? "en" : "zh-CN";
        UserAccount account = caller.account();
        if (!tag.equals(account.getLocale())) {
            account.chooseLocale(tag);
        }
    }

    public void changePassword(String current, String next) {
        UserAccount account = caller.account();
        if (!PasswordHasher.matches(current, account.getPasswordHash())) {
            throw new InvalidInputException(FieldError.of("currentPassword", "password.wrong"));
        }
        PasswordPolicy.check("newPassword", next).ifPresent(e -> {
            throw new InvalidInputException(e);
        });
        audit.change(account, "CHANGE_PASSWORD", () -> account.changePassword(PasswordHasher.hash(next)));
    }
}
