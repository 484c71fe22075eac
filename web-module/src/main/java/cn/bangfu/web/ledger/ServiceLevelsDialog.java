package cn.bangfu.web.ledger;

import cn.bangfu.ledger.boundary.LedgerSettings;
import cn.bangfu.ledger.entity.ServiceLevelsData;
import cn.bangfu.web.platform.DialogSave;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The campaign's service levels on the dashboard (办理时限): working days to accept and to resolve by difficulty,
 * escalation after RED, the callback flags' thresholds; the office changes them in a dialog.
 */
@Named
@ViewScoped
public class ServiceLevelsDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("acceptDays", "levelsForm:acceptDays", "simpleDays", "levelsForm:simpleDays",
            "ordinaryDays", "levelsForm:ordinaryDays", "complexDays", "levelsForm:complexDays", "hardDays", "levelsForm:hardDays",
            "escalateAfterRedDays", "levelsForm:escalateAfterRedDays", "minAnswerLength", "levelsForm:minAnswerLength",
            "quickResolveMinutes", "levelsForm:quickResolveMinutes");

    @Inject
    LedgerSettings settings;

    @Inject
    LedgerDashboard dashboard;

    @Inject
    DialogSave dialogSave;

    private ServiceLevelsData levels;
    private int acceptDays;
    private int simpleDays;
    private int ordinaryDays;
    private int complexDays;
    private int hardDays;
    private int escalateAfterRedDays;
    private int minAnswerLength;
    private int quickResolveMinutes;

    /** The campaign's levels as they are now. */
    public ServiceLevelsData getLevels() {
        if (levels == null && dashboard.getCampaign() != null) {
            levels = settings.levels(dashboard.getCampaign());
        }
        return levels;
    }

    public void prepare() {
        levels = null;
        ServiceLevelsData l = getLevels();
        acceptDays = l.acceptDays();
        simpleDays = l.simpleDays();
        ordinaryDays = l.ordinaryDays();
        complexDays = l.complexDays();
        hardDays = l.hardDays();
        escalateAfterRedDays = l.escalateAfterRedDays();
        minAnswerLength = l.minAnswerLength();
        quickResolveMinutes = l.quickResolveMinutes();
    }

    public void save() {
        ServiceLevelsData saved = dialogSave.run(() -> settings.change(dashboard.getCampaign(), new ServiceLevelsData(acceptDays, simpleDays,
                ordinaryDays, complexDays, hardDays, escalateAfterRedDays, minAnswerLength, quickResolveMinutes, levels.version())), INPUTS);
        if (saved != null) {
            levels = saved;
        }
    }

    /** The campaign changed on the dashboard: read its levels again. */
    public void changed() {
        levels = null;
    }

    public int getAcceptDays() {
        return acceptDays;
    }

    public void setAcceptDays(int acceptDays) {
        this.acceptDays = acceptDays;
    }

    public int getSimpleDays() {
        return simpleDays;
    }

    public void setSimpleDays(int simpleDays) {
        this.simpleDays = simpleDays;
    }

    public int getOrdinaryDays() {
        return ordinaryDays;
    }

    public void setOrdinaryDays(int ordinaryDays) {
        this.ordinaryDays = ordinaryDays;
    }

    public int getComplexDays() {
        return complexDays;
    }

    public void setComplexDays(int complexDays) {
        this.complexDays = complexDays;
    }

    public int getHardDays() {
        return hardDays;
    }

    public void setHardDays(int hardDays) {
        this.hardDays = hardDays;
    }

    public int getEscalateAfterRedDays() {
        return escalateAfterRedDays;
    }

    public void setEscalateAfterRedDays(int escalateAfterRedDays) {
        this.escalateAfterRedDays = escalateAfterRedDays;
    }

    public int getMinAnswerLength() {
        return minAnswerLength;
    }

    public void setMinAnswerLength(int minAnswerLength) {
        this.minAnswerLength = minAnswerLength;
    }

    public int getQuickResolveMinutes() {
        return quickResolveMinutes;
    }

    public void setQuickResolveMinutes(int quickResolveMinutes) {
        this.quickResolveMinutes = quickResolveMinutes;
    }
}
