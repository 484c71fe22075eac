package cn.bangfu.appraisal.entity;

/**
 * Where an appraisal form (考评表) stands, in the order of DESIGN §6: the unit self-assesses (DRAFT → SELF_ASSESSED), an
 * evaluator scores, a second one reviews, the office finalises (read-only from then on), publicises for the publicity
 * period (公示, appeals), and publishes.
 */
public enum AppraisalState {
    DRAFT, SELF_ASSESSED, SCORED, REVIEWED, FINALISED, PUBLICISED, PUBLISHED;

    /** Whether the scores are final: no cell changes any more (an upheld appeal rescored by its answer aside). */
    public boolean locked() {
        return compareTo(FINALISED) >= 0;
    }

    /** Whether the unit sees the evaluators' scores: from the publicity on. */
    public boolean shownToUnit() {
        return compareTo(PUBLICISED) >= 0;
    }

    /** Whether the evaluators may still set scores: before the form is scored. */
    public boolean scoring() {
        return this == DRAFT || this == SELF_ASSESSED;
    }
}
