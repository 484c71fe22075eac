package cn.bangfu.registry.boundary;

import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.control.VisibleAccounts;
import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Like;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseChoice;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which enterprise an enterprise contact's account acts for (企业联络人): set by the system administrator, an enterprise of
 * the account's region; that account then sees and raises only its enterprise's problems. Every change is audited.
 */
@Stateless
@RolesAllowed(Roles.SYSADMIN)
public class EnterpriseAccounts {

    static final int SUGGESTIONS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    VisibleAccounts accounts;

    @Inject
    AuditTrail audit;

    /** Links the account to the enterprise of this credit code, or unlinks it (null or blank). */
    public AccountData link(String login, String creditCode) {
        Scope scope = caller.get();
        UserAccount account = accounts.of(scope, login);
        Long id = null;
        if (creditCode != null && !creditCode.isBlank()) {
            String code = CreditCode.normalise(creditCode);
            Enterprise e = code == null ? null : em.createNamedQuery(Enterprise.BY_CREDIT_CODE, Enterprise.class).setParameter("creditCode", code)
                    .getResultStream().findFirst().orElse(null);
            if (e == null || !account.getRegion().contains(e.getRegion())) {
                throw new InvalidInputException(FieldError.of("enterprise", "account.enterprise.outOfScope", creditCode.strip()));
            }
            id = e.getId();
        }
        Long linked = id;
        audit.update(account, () -> account.linkEnterprise(linked));
        return AccountData.of(account);
    }

    /** Enterprises of the account's region whose name or credit code contains the text: the accounts page's picker. */
    public List<EnterpriseChoice> choices(String login, String text) {
        UserAccount account = accounts.of(caller.get(), login);
        return em.createNamedQuery(Enterprise.PICK_WITHIN, Enterprise.class).setParameter("region", account.getRegion().pathPattern())
                .setParameter("q", Like.containingOrAll(text)).setMaxResults(SUGGESTIONS).getResultList().stream().map(EnterpriseChoice::of).toList();
    }

    /** The names of these enterprises by id, for a page of accounts. */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        ChunkedLookup.all(em, Enterprise.BY_IDS, Enterprise.class, "ids", List.copyOf(ids)).forEach(e -> names.put(e.getId(), e.getName()));
        return names;
    }
}
