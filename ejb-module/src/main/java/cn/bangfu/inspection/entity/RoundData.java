package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A round as the API and pages show and change it. {@code checklist} absent on creation: the defaults. Out: the counts
 * of teams and visits, how many visits are scheduled, the statuses the caller may move it to, whether he runs it, and
 * whether he may still change its teams, targets and schedule ({@code editable}).
 */
public record RoundData(Long id, String campaign, String name, LocalDate from, LocalDate to, String status, List<Item> checklist,
                        Long version, Integer teams, Integer visits, Integer scheduled, List<String> next, Boolean manageable,
                        Boolean editable)
        implements Serializable {

    /** A checklist item: {@code {"code", "name"}}. */
    public record Item(String code, String name) implements Serializable {
    }

    /** What the office gives for a new round (one constructor only: JSON-B binds records through it). */
    public static RoundData draft(String name, LocalDate from, LocalDate to, List<Item> checklist) {
        return new RoundData(null, null, name, from, to, null, checklist, null, null, null, null, null, null, null);
    }
}
