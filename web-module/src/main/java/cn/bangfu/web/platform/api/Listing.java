package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.Page;
import java.util.List;

/** The JSON shape of every list the API returns. */
public record Listing<T>(List<T> items, long total) {

    public static <T> Listing<T> of(Page<T> page) {
        return new Listing<>(page.items(), page.total());
    }
}
