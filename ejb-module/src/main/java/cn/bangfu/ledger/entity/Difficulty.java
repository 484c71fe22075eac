package cn.bangfu.ledger.entity;

/** How hard a problem is to solve; it sets the working days the unit has to resolve it (see {@link ServiceLevels}). */
public enum Difficulty {
    SIMPLE, ORDINARY, COMPLEX, HARD
}
