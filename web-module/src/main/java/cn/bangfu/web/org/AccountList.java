package cn.bangfu.web.org;

import java.time.Clock;
import cn.bangfu.platform.control.Clocks;
import cn.bangfu.org.boundary.AccountAdministration;
import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.org.entity.Role;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * The accounts page: the system administrator lists, disables, enables and unlocks accounts; the
 * security administrator sees the list and unlocks. New accounts are made in {@link NewAccount}, a
 * password or the roles of one changed in {@link AccountChange}. Every rule and every message comes
 * from {@link AccountAdministration}; these beans only route its errors to the fields.
 */
@Named
@ViewScoped
public class AccountList implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 20;
    private static final DateTimeFormatter LOCKED_UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.CHINA);

    @Inject
    AccountAdministration accounts;

    @Inject
    RegionDirectory regionDirectory;

    @Inject
    UnitDirectory unitDirectory;

    @Inject
    FacesErrors errors;

    @Inject
    Labels labels;

    private PagedModel<AccountData> model;
    private List<RegionData> regions;
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, String> unitNames = new HashMap<>();
    private boolean sysadmin;
    private String q;

    @PostConstruct
    void init() {
        sysadmin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.SYSADMIN.name());
        model = new PagedModel<>((page, size, sort) -> accounts.find(new PageRequest(page, size, null, q)), AccountData::login, ROWS);
        regions = regionDirectory.all();
        regions.forEach(r -> regionNames.put(r.code(), r.name()));
    }

    public void search() {
        PagedModel.toFirstPage("accounts:table");
    }

    public void clearSearch() {
        q = null;
        search();
    }

    public void enable(AccountData a, boolean enabled) {
        change(null, enabled ? "account.done.enabled" : "account.done.disabled", () -> accounts.enable(a.login(), enabled), Map.of());
    }

    public void unlock(AccountData a) {
        change(null, "account.done.unlocked", () -> accounts.unlock(a.login()), Map.of());
    }

    /**
     * Changes an account through the boundary. Success: says so at the top of the page, shows the changed
     * list and closes the dialog, if any. Refused: its reasons are on the page, by their fields.
     */
    void change(String dialog, String messageKey, Supplier<AccountData> action, Map<String, String> fields) {
        AccountData changed;
        try {
            changed = action.get();
        } catch (InvalidInputException e) {
            errors.show(e, fields);
            return;
        } catch (NotFoundException e) {
            errors.error("common.notFound");
            return;
        } catch (EJBAccessException e) {
            errors.error("common.forbidden");
            return;
        }
        errors.info(messageKey, changed.login());
        PrimeFaces.current().ajax().update("accounts");
        if (dialog != null) {
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        }
    }

    /** The regions the administrator sees. */
    List<RegionData> regions() {
        return regions;
    }

    public String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    public String unitName(String code) {
        if (code == null) {
            return "";
        }
        return unitNames.computeIfAbsent(code, c -> {
            try {
                return unitDirectory.get(c).name();
            } catch (NotFoundException e) {
                return c;
            }
        });
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public String roleNames(AccountData a) {
        return a.roles().stream().sorted().map(r -> labels.get("role." + r.name())).collect(Collectors.joining(labels.get("account.listSeparator")));
    }

    public boolean locked(AccountData a) {
        return a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant());
    }

    public String status(AccountData a) {
        String locked = locked(a) ? labels.get("account.status.locked", LOCKED_UNTIL.format(a.lockedUntil())) : null;
        if (!a.enabled()) {
            return labels.get("account.status.disabled") + (locked == null ? "" : labels.get("account.listSeparator") + locked);
        }
        return locked != null ? locked : labels.get("account.status.active");
    }

    public String confirmDisable(AccountData a) {
        return labels.get("account.confirmDisable", a.displayName(), a.login());
    }

    /** Asked for several times per rendering; counted once per request. */
    public long getLockedCount() {
        return (Long) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent("accountList.locked", k -> accounts.countLocked());
    }

    public PagedModel<AccountData> getModel() {
        return model;
    }

    public boolean isSysadmin() {
        return sysadmin;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
