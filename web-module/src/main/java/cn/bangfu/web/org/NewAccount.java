package cn.bangfu.web.org;

import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.boundary.AccountAdministration;
import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The system administrator's new-account dialog on the accounts page: login, name, region, unit, roles, first password. */
@Named
@ViewScoped
public class NewAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("login", "newForm:login", "displayName", "newForm:displayName",
            "regionCode", "newForm:region", "unitCode", "newForm:unit", "roles", "newForm:roles", "password", "newForm:password");

    @Inject
    AccountList list;

    @Inject
    AccountAdministration accounts;

    @Inject
    UnitDirectory unitDirectory;

    private List<SelectItem> regionChoices;
    private final Map<String, UnitData> suggestedUnits = new HashMap<>();
    private final AccountDraft draft = new AccountDraft();

    @PostConstruct
    void init() {
        List<RegionData> regions = list.regions();
        // Indented by level below the administrator's own region, so the drop-down reads like the tree it is.
        int top = regions.stream().mapToInt(r -> r.level().ordinal()).min().orElse(0);
        regionChoices = regions.stream().map(r -> new SelectItem(r.code(), "　".repeat(r.level().ordinal() - top) + r.name())).toList();
    }

    public void prepareNew() {
        draft.clear();
    }

    public void create() {
        list.change("newDialog", "account.done.created", () -> accounts.create(draft.data(), draft.getPassword()), INPUTS);
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
                        : suggestedUnits.getOrDefault(code, new UnitData(code, code, null, null, null, null, null, null, null));
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, UnitData unit) {
                return unit == null ? "" : unit.code();
            }
        };
    }

    public List<SelectItem> getRegionChoices() {
        return regionChoices;
    }

    public AccountDraft getDraft() {
        return draft;
    }
}
