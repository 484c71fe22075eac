package cn.bangfu.inspection.entity;

/** A solver job: QUEUED until a worker takes it, SOLVING, then DONE (its time is up), STOPPED (the office stopped it) or FAILED. */
public enum JobStatus {
    QUEUED, SOLVING, DONE, STOPPED, FAILED;

    public boolean running() {
        return this == QUEUED || this == SOLVING;
    }
}
