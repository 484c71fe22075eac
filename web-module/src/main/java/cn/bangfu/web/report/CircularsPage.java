package cn.bangfu.web.report;

import cn.bangfu.report.boundary.Circulars;
import cn.bangfu.report.entity.CircularData;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** 督查通报 (report/circulars.xhtml): the published circulars of the campaigns the caller sees, newest first. */
@Named
@RequestScoped
public class CircularsPage {

    @Inject
    Circulars circulars;

    private List<CircularData> list;

    @PostConstruct
    void init() {
        list = circulars.published();
    }

    public List<CircularData> getList() {
        return list;
    }
}
