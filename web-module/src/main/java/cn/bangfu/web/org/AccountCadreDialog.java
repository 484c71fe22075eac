package cn.bangfu.web.org;

import cn.bangfu.org.boundary.AccountAdministration;
import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.Role;
import cn.bangfu.web.platform.DialogSave;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The "关联干部" dialog of the accounts page: the system administrator names the cadre who holds an account
 * (a contact leader's county leader), picked by name or title as he types, or clears it. The rules and their
 * messages are the account's, through {@link AccountAdministration#linkCadre}.
 */
@Named
@ViewScoped
public class AccountCadreDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration accounts;

    @Inject
    DialogSave dialogSave;

    private AccountData account;
    private CadreData cadre;
    /** The cadres just suggested, by id: the ones the administrator can pick. */
    private final Map<Long, CadreData> suggested = new HashMap<>();

    /** Whether the row offers the dialog: a contact leader's account, or one that names a cadre already. */
    public boolean offered(AccountData a) {
        return a.roles().contains(Role.LEADER) || a.cadreId() != null;
    }

    public void prepare(AccountData a) {
        account = a;
        suggested.clear();
        cadre = a.cadreId() == null ? null : new CadreData(a.cadreId(), a.cadreName(), null, null, null, null, null);
        if (cadre != null) {
            suggested.put(cadre.id(), cadre);
        }
    }

    public List<CadreData> complete(String text) {
        List<CadreData> found = accounts.cadreChoices(account.login(), text);
        found.forEach(c -> suggested.put(c.id(), c));
        return found;
    }

    public void save() {
        Long id = cadre == null ? null : cadre.id();
        AccountData saved = dialogSave.run(() -> accounts.linkCadre(account.login(), id), Map.of("cadre", "cadreForm:cadre"),
                "account.done.cadre");
        if (saved != null) {
            PrimeFaces.current().ajax().update("accounts");
            PrimeFaces.current().executeScript("PF('cadreDialog').hide()");
        }
    }

    /** "张卫东（县委副书记）"; a cadre read from the account already carries his title in the name. */
    public String label(CadreData c) {
        return c == null ? "" : c.name() + (c.position() == null || c.position().isBlank() ? "" : "（" + c.position() + "）");
    }

    /** The cadre's name without his title, for the accounts table's narrow name column (the title is in its tooltip). */
    public String nameOnly(AccountData a) {
        String n = a.cadreName();
        return n == null ? "" : n.contains("（") ? n.substring(0, n.indexOf('（')) : n;
    }

    /** Cadres travel as ids; only those just suggested (or the current one) can be picked. */
    public Converter<CadreData> getConverter() {
        return new Converter<>() {
            @Override
            public CadreData getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return suggested.get(Long.valueOf(value));
                } catch (NumberFormatException e) {
                    return null;
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, CadreData c) {
                return c == null || c.id() == null ? "" : String.valueOf(c.id());
            }
        };
    }

    public AccountData getAccount() {
        return account;
    }

    public CadreData getCadre() {
        return cadre;
    }

    public void setCadre(CadreData cadre) {
        this.cadre = cadre;
    }
}
