package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.PageRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The list parameters every list endpoint takes: page (from 0), size, sort ("name" or "-name"), q. */
public class Paging {

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    int size;

    @QueryParam("sort")
    String sort;

    @QueryParam("q")
    String q;

    public PageRequest request() {
        return new PageRequest(page, size, sort, q);
    }
}
