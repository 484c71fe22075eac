package cn.bangfu.platform.entity;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the total number of matching records; {@code capped} when the list counted only up to a limit
 * and there are more (the total is then that limit), so that a province's list is not counted whole on every page.
 */
public record Page<T>(List<T> items, long total, boolean capped) implements Serializable {

    public Page(List<T> items, long total) {
        this(items, total, false);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, capped);
    }
}
