package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.Rectifications;
import cn.bangfu.inspection.entity.RectificationData;
import cn.bangfu.inspection.entity.RectificationSummary;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * 整改任务 (inspection/rectifications.xhtml): the caller's rectifications — a unit its own, an inspector those of his
 * rounds to verify, the office all of its region's — counted by state and light, filtered, the earliest deadline first,
 * paged in the database.
 */
@Named
@ViewScoped
public class RectificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rectifications rectifications;

    private String state;
    private String light;
    private RectificationSummary summary;
    private PagedModel<RectificationData> list;

    @PostConstruct
    void init() {
        list = new PagedModel<>((page, size, sort) -> rectifications.list(new Rectifications.Filter(state, light, null, null, null),
                new PageRequest(page, size, null, null)), r -> String.valueOf(r.id()), 20);
        summary = rectifications.summary(null);
    }

    /** Shows one state or light (a count card clicked), or all again. */
    public void show(String wantedState, String wantedLight) {
        state = wantedState;
        light = wantedLight;
    }

    public RectificationSummary getSummary() {
        return summary;
    }

    public PagedModel<RectificationData> getList() {
        return list;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getLight() {
        return light;
    }

    public void setLight(String light) {
        this.light = light;
    }
}
