package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.PageRequest;
import jakarta.ws.rs.QueryParam;

/**
 * The list parameters every list endpoint takes: page (from 0), size, sort ("name" or "-name"), q.
 * Taken as text, so that a bad value is a 400 naming the parameter rather than JAX-RS' bare 404.
 */
public class Paging {

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    @QueryParam("sort")
    String sort;

    @QueryParam("q")
    String q;

    public PageRequest request() {
        return PageRequest.parse(page, size, sort, q);
    }
}
