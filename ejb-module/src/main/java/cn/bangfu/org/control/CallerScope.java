package cn.bangfu.org.control;

import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.entity.ForbiddenException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;

/** The scope of the user behind the current call, read from his account. */
@Dependent
public class CallerScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    public Scope get() {
        return Scope.of(account());
    }

    /** The caller's scope, if his region is a province (the work of the whole province is his); 403 otherwise. */
    public Scope atProvince() {
        UserAccount account = account();
        if (account.getRegion().getLevel() != cn.bangfu.org.entity.RegionLevel.PROVINCE) {
            throw new ForbiddenException(account.getLogin() + " is not of a province");
        }
        return Scope.of(account);
    }

    public UserAccount account() {
        String login = principal == null ? null : principal.getName();
        return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ForbiddenException("no account for " + login));
    }
}
