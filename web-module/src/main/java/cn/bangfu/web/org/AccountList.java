package cn.bangfu.web.org;

import cn.bangfu.org.boundary.AccountAdministration;
import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * The accounts page: the system administrator lists, creates, disables, unlocks and re-roles
 * accounts; the security administrator sees the list and unlocks. Every rule and every message
 * comes from {@link AccountAdministration}; this bean only routes its errors to the fields.
 */
@Named
@ViewScoped
public class AccountList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 20;
    private static final DateTimeFormatter LOCKED_UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

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
    private List<SelectItem> regionChoices;
    private final Map<String, String> regionNames = new HashMap<>();
    private final Map<String, String> unitNames = new HashMap<>();
    private final Map<String, UnitData> suggestedUnits = new HashMap<>();
    private boolean sysadmin;
    private String q;

    /** The account a row dialog (password, roles) works on. */
    private AccountData selected;
    private final Draft draft = new Draft();

    @PostConstruct
    void init() {
        sysadmin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.SYSADMIN.name());
        model = new PagedModel<>((page, size, sort) -> accounts.find(new PageRequest(page, size, null, q)), AccountData::login, ROWS);
        List<RegionData> regions = regionDirectory.all();
        regions.forEach(r -> regionNames.put(r.code(), r.name()));
        // Indented by level below the administrator's own region, so the drop-down reads like the tree it is.
        int top = regions.stream().mapToInt(r -> r.level().ordinal()).min().orElse(0);
        regionChoices = regions.stream().map(r -> new SelectItem(r.code(), "　".repeat(r.level().ordinal() - top) + r.name())).toList();
    }

    public void search() {
        PagedModel.toFirstPage("accounts:table");
    }

    public void clearSearch() {
        q = null;
        search();
    }

    public void enable(AccountData a, boolean enabled) {
        done(null, enabled ? "account.done.enabled" : "account.done.disabled", attempt(() -> accounts.enable(a.login(), enabled), Map.of()));
    }

    public void unlock(AccountData a) {
        done(null, "account.done.unlocked", attempt(() -> accounts.unlock(a.login()), Map.of()));
    }

    public void prepareNew() {
        draft.clear();
    }

    public void create() {
        done("newDialog", "account.done.created", attempt(() -> accounts.create(draft.data(), draft.password), Map.of("login", "newForm:login",
                "displayName", "newForm:displayName", "regionCode", "newForm:region", "unitCode", "newForm:unit", "roles", "newForm:roles",
                "password", "newForm:password")));
    }

    public void prepareRow(AccountData a) {
        selected = a;
        draft.clear();
        draft.roles = a.roles().toArray(Role[]::new);
    }

    public void resetPassword() {
        done("passwordDialog", "account.done.passwordReset",
                attempt(() -> accounts.resetPassword(selected.login(), draft.password), Map.of("password", "passwordForm:password")));
    }

    public void saveRoles() {
        // The unit rule (UNIT needs a unit) is about the roles chosen here: the unit cannot be changed in this dialog.
        done("rolesDialog", "account.done.roles",
                attempt(() -> accounts.setRoles(selected.login(), draft.roleSet()), Map.of("roles", "rolesForm:roles", "unitCode", "rolesForm:roles")));
    }

    /** The changed account, or null when the boundary said no; its reasons are then on the page, by their fields. */
    private AccountData attempt(Supplier<AccountData> action, Map<String, String> fields) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            errors.show(e, fields);
        } catch (NotFoundException e) {
            errors.error("common.notFound");
        } catch (EJBAccessException e) {
            errors.error("common.forbidden");
        }
        return null;
    }

    /** Success: say so at the top of the page, show the changed list and close the dialog, if any. */
    private void done(String dialog, String messageKey, AccountData changed) {
        if (changed == null) {
            return;
        }
        errors.info(messageKey, changed.login());
        PrimeFaces.current().ajax().update("accounts");
        if (dialog != null) {
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        }
    }

    public List<UnitData> completeUnit(String query) {
        List<UnitData> found = unitDirectory.find(UnitFilter.NONE, new PageRequest(0, 20, "name", query)).items();
        found.forEach(u -> suggestedUnits.put(u.code(), u));
        return found;
    }

    /** Units travel as codes; the ones the user can pick are those just suggested to him. */
    public Converter<UnitData> getUnitConverter() {
        return new Converter<>() {
            @Override
            public UnitData getAsObject(FacesContext context, UIComponent component, String code) {
                return code == null || code.isBlank() ? null
                        : suggestedUnits.getOrDefault(code, new UnitData(code, code, null, null, null, null, null, null));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, UnitData unit) {
                return unit == null ? "" : unit.code();
            }
        };
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

    public List<SelectItem> getRegionChoices() {
        return regionChoices;
    }

    public List<Role> getAllRoles() {
        return Arrays.asList(Role.values());
    }

    public String roleNames(AccountData a) {
        return a.roles().stream().sorted().map(r -> labels.get("role." + r.name())).collect(Collectors.joining(labels.get("account.listSeparator")));
    }

    public boolean locked(AccountData a) {
        return a.lockedUntil() != null && a.lockedUntil().isAfter(Instant.now());
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

    public AccountData getSelected() {
        return selected;
    }

    public Draft getDraft() {
        return draft;
    }

    /** What the administrator types into the new-account and row dialogs. */
    public static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;

        private String login;
        private String displayName;
        private String regionCode;
        private UnitData unit;
        private Role[] roles = {};
        private String password;

        void clear() {
            login = null;
            displayName = null;
            regionCode = null;
            unit = null;
            roles = new Role[0];
            password = null;
        }

        Set<Role> roleSet() {
            return roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        }

        AccountData data() {
            return new AccountData(login, displayName, regionCode, unit == null ? null : unit.code(), roleSet(), true, null, 0, null, 0);
        }

        public String getLogin() {
            return login;
        }

        public void setLogin(String login) {
            this.login = login;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(String regionCode) {
            this.regionCode = regionCode;
        }

        public UnitData getUnit() {
            return unit;
        }

        public void setUnit(UnitData unit) {
            this.unit = unit;
        }

        /** An array, not a list: Faces converts the checked values to the array's element type, Role. */
        public Role[] getRoles() {
            return roles;
        }

        public void setRoles(Role[] roles) {
            this.roles = roles;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
