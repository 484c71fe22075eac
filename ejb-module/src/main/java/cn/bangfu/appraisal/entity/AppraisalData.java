package cn.bangfu.appraisal.entity;

import cn.bangfu.platform.entity.AttachmentInfo;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An appraisal form as the API and the pages show it: the issue's {@code id, unitCode, schemeId, state, total, grade,
 * version, items}, each item's {@code indicator, max, self, selfNote, score, note, inputs, sources}, and what a page needs
 * besides (names, the tree, the steps the reader may take, the history, the appeals, the evidence by indicator and whether
 * the reader may attach more now). The evaluators' scores are left out for the unit until the form is publicised.
 */
public record AppraisalData(Long id, String campaign, String unitCode, String unitName, String unitType, Long schemeId, String schemeName,
                            String state, BigDecimal total, BigDecimal selfTotal, String grade, Boolean vetoed, List<String> vetoes,
                            LocalDate selfAssessBy, Instant frozenAt, LocalDate frozenAsOf, Boolean recordsChanged, LocalDate publicityEnds,
                            String scoredBy, String reviewedBy, long version, List<Item> items, List<String> allowed, List<Event> events,
                            List<AppealData> appeals, Map<String, List<AttachmentInfo>> evidence, Boolean takesEvidence) implements Serializable {

    /**
     * One indicator's line: a GROUP's points are its children's sum. {@code inputs} are the frozen metric values its score
     * came from; {@code sources} the records behind them, each marked {@code changed} when it changed since.
     */
    public record Item(String indicator, String name, String kind, String parent, BigDecimal max, BigDecimal self, String selfNote,
                       BigDecimal score, String note, Boolean computed, Map<String, Double> inputs, List<Source> sources) implements Serializable {
    }

    /** A record behind a point: {@code type} problem, assignment, plan, visit, finding or rectification, and its id. */
    public record Source(String type, long id, Boolean changed) implements Serializable {
    }

    /** A line of the history; {@code before}/{@code after} the indicator's points when an appeal rescored it, else the total after. */
    public record Event(String action, String indicator, BigDecimal before, BigDecimal after, String reason, String actor, Instant at)
            implements Serializable {
    }
}
