package cn.bangfu.appraisal.entity;

/** An appeal (申诉) waits for the evaluators' answer, or was upheld (the indicator rescored) or rejected with a reason. */
public enum AppealState {
    PENDING, UPHELD, REJECTED
}
