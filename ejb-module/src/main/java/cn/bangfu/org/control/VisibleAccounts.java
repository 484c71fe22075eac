package cn.bangfu.org.control;

import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.entity.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** An account by login as an administrator may change it: in his region or below; any other is 404, as if it did not exist. */
@Dependent
public class VisibleAccounts {

    @PersistenceContext
    EntityManager em;

    public UserAccount of(Scope scope, String login) {
        UserAccount account = em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class).setParameter("login", login)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("UserAccount", login));
        if (!scope.covers(account.getRegion())) {
            throw new NotFoundException("UserAccount", login);
        }
        return account;
    }
}
