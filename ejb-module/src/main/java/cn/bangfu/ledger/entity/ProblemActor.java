package cn.bangfu.ledger.entity;

/**
 * Who acts on a problem, as far as its rules care: the office of the campaign's region; the problem's responsible
 * unit (主办); the enterprise the problem is about (its own account). Anyone else may only read it.
 */
public record ProblemActor(String login, Long unitId, boolean office, boolean responsible, boolean enterprise) {

    public static ProblemActor system() {
        return new ProblemActor("system", null, true, false, false);
    }
}
