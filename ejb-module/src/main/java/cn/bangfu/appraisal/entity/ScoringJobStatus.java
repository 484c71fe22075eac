package cn.bangfu.appraisal.entity;

/** A batch scoring job waits for a worker, runs, ended (some forms may have failed, each on its own), or failed as a whole. */
public enum ScoringJobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean running() {
        return this == QUEUED || this == RUNNING;
    }
}
