package cn.bangfu.appraisal.entity;

/**
 * Who acts on a form, as the form's rules need to know it: the login, and whether the caller is the form's own unit, an
 * evaluation officer of the campaign's region, or its campaign office.
 */
public record AppraisalActor(String login, boolean ownUnit, boolean evaluator, boolean office) {
}
