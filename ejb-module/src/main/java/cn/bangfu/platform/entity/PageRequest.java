package cn.bangfu.platform.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which slice of a list to fetch: page (0-based), size (capped), sort ("field" or "-field" for
 * descending) and a free-text query. The database does the paging, never the caller.
 */
public record PageRequest(int page, int size, String sort, String q) implements Serializable {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        // The offset is an int for JPA: a page past the last one that fits is the last one that fits.
        page = Math.min(Math.max(page, 0), Integer.MAX_VALUE / size);
        q = Text.clean(q);
        sort = Text.clean(sort);
    }

    /**
     * The list parameters as a client sent them (query parameters, so text): page a whole number from 0,
     * size one from 1 (above {@link #MAX_SIZE} it is capped), the offset within an int. Every bad value
     * is a field error naming the parameter, never a silent default.
     */
    public static PageRequest parse(String page, String size, String sort, String q) {
        // An empty parameter (?page=&size=, as generated clients send unset ones) is an absent one.
        page = page == null || page.isBlank() ? null : page;
        size = size == null || size.isBlank() ? null : size;
        List<FieldError> errors = new ArrayList<>();
        Long s = whole(size);
        boolean badSize = size != null && (s == null || s < 1);
        int usedSize = s == null || s < 1 ? DEFAULT_SIZE : (int) Math.min(s, MAX_SIZE);
        int lastPage = Integer.MAX_VALUE / usedSize;
        Long p = whole(page);
        if (page != null && (p == null || p < 0 || p > lastPage)) {
            errors.add(FieldError.of("page", "paging.page", String.valueOf(lastPage)));
        }
        if (badSize) {
            errors.add(FieldError.of("size", "paging.size", String.valueOf(MAX_SIZE)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(p == null ? 0 : p.intValue(), usedSize, sort, q);
    }

    /** A whole number in decimal digits (an optional minus sign), null for anything else, overflowing ones too. */
    private static Long whole(String text) {
        if (text == null || !text.strip().matches("[-+]?[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, null);
    }

    public int offset() {
        return page * size;
    }

    /** This request, if its sort is one that {@code sortable} accepts (no sort always is). */
    public PageRequest requireSort(Predicate<String> sortable) {
        if (!sortable.test(sortField())) {
            throw new InvalidInputException(FieldError.of("sort", "sort.unknown", sortField()));
        }
        return this;
    }

    public boolean descending() {
        return sort != null && sort.startsWith("-");
    }

    public String sortField() {
        return sort == null ? null : (descending() ? sort.substring(1) : sort);
    }

    /** The free text as a LIKE pattern ("%text%"), with LIKE's wildcards escaped by '\'. */
    public String qPattern() {
        return Like.containing(q);
    }
}
