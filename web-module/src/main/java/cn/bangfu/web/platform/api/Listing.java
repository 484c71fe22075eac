package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.Page;
import java.util.List;

/**
 * The JSON shape of every list the API returns; {@code totalCapped} (true, else absent) when the list counts only up to a
 * limit ({@link Page#capped}) and has more than its {@code total}.
 */
public record Listing<T>(List<T> items, long total, Boolean totalCapped) {

    public static <T> Listing<T> of(Page<T> page) {
        return new Listing<>(page.items(), page.total(), page.capped() ? Boolean.TRUE : null);
    }
}
