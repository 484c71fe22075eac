package cn.bangfu.platform.entity;

import java.io.Serializable;

/**
 * Which slice of a list to fetch: page (0-based), size (capped), sort ("field" or "-field" for
 * descending) and a free-text query. The database does the paging, never the caller.
 */
public record PageRequest(int page, int size, String sort, String q) implements Serializable {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        q = q == null || q.isBlank() ? null : q.strip();
        sort = sort == null || sort.isBlank() ? null : sort.strip();
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, null);
    }

    public int offset() {
        return page * size;
    }

    public boolean descending() {
        return sort != null && sort.startsWith("-");
    }

    public String sortField() {
        return sort == null ? null : (descending() ? sort.substring(1) : sort);
    }

    /** The free text as a LIKE pattern ("%text%"), with LIKE's wildcards escaped by '\'. */
    public String qPattern() {
        return q == null ? null : "%" + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
