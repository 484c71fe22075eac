package cn.bangfu.web.campaign;

import cn.bangfu.campaign.entity.StationingData;
import cn.bangfu.campaign.entity.TargetRef;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The "station a cadre" dialog's fields: the target (a picker key, see {@link #targetKey}), the cadre
 * (his id as text, as the autocomplete holds it), his unit (filled from the cadre, never typed) and
 * the period.
 */
public class StationingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String target;
    private String cadre;
    private String dispatchingUnit;
    private LocalDate from;
    private LocalDate to;

    /** The picker's key of a target: "c:" and the credit code for an enterprise, "p:" and the id for a key project. */
    public static String targetKey(TargetRef t) {
        return t.creditCode() != null ? "c:" + t.creditCode() : "p:" + t.projectId();
    }

    static TargetRef targetRef(String key) {
        if (key == null || key.length() < 3) {
            return null;
        }
        return key.startsWith("c:") ? TargetRef.enterprise(key.substring(2)) : TargetRef.project(Long.parseLong(key.substring(2)));
    }

    public StationingData data() {
        Long cadreId = cadre == null || cadre.isBlank() ? null : Long.valueOf(cadre);
        return StationingData.of(cadreId, targetRef(target), dispatchingUnit, from, to);
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getCadre() {
        return cadre;
    }

    public void setCadre(String cadre) {
        this.cadre = cadre;
    }

    public String getDispatchingUnit() {
        return dispatchingUnit;
    }

    public void setDispatchingUnit(String dispatchingUnit) {
        this.dispatchingUnit = dispatchingUnit;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
