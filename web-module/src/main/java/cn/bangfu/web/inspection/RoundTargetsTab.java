package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.InspectionRounds;
import cn.bangfu.inspection.entity.TargetSelection;
import cn.bangfu.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 督查对象 section of a round: the office adds every target of the campaign's assignments at once, or units by their
 * codes. What the round already has is skipped, so adding twice is harmless.
 */
@Named
@ViewScoped
public class RoundTargetsTab implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String UNIT_CODES = "tabs:targetsForm:unitCodes";

    @Inject
    InspectionRoundPage page;

    @Inject
    InspectionRounds rounds;

    @Inject
    FacesErrors errors;

    private String unitCodes;

    public void addAll() {
        add(new TargetSelection(null, null, null, true), Map.of());
    }

    /** Adds the units typed as codes, separated by commas (Chinese or not), semicolons or spaces. */
    public void addUnits() {
        List<String> codes = unitCodes == null ? List.of()
                : Arrays.stream(unitCodes.split("[,，;；、\\s]+")).filter(c -> !c.isBlank()).toList();
        // An error names the code by its place in the list (unitCodes[2]); all of them belong to the one input.
        Map<String, String> inputs = new HashMap<>();
        inputs.put("creditCodes", UNIT_CODES);
        for (int i = 0; i < codes.size(); i++) {
            inputs.put("unitCodes[" + i + "]", UNIT_CODES);
        }
        if (add(new TargetSelection(null, null, codes, false), inputs) != null) {
            unitCodes = null;
        }
    }

    /** Adds, and tells how many were new (the boundary answers the count); null when refused. */
    private Integer add(TargetSelection selection, Map<String, String> inputs) {
        Integer added = page.change(() -> rounds.addTargets(page.getCampaign(), page.getRound(), selection), inputs, null);
        if (added != null) {
            errors.info("inspection.targetList.added", added);
        }
        return added;
    }

    public String getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(String unitCodes) {
        this.unitCodes = unitCodes;
    }
}
