package cn.bangfu.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The row a job that must run once per cluster locks for its transaction (Payara Micro fires a timer on every node):
 * a second node waits on the lock, then finds the job done for the day ({@link #doneOn}) and does nothing.
 */
@Entity
@Table(name = "job_lock")
public class JobLock {

    @Id
    @Column(name = "job_name")
    private String name;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String node;

    @Version
    private long version;

    protected JobLock() {
    }

    public JobLock(String name) {
        this.name = name;
    }

    public boolean doneOn(LocalDate day) {
        return day.equals(lastDay);
    }

    public void started(String node, Instant now) {
        this.node = node;
        this.startedAt = now;
    }

    public void finished(LocalDate day, Instant now) {
        this.lastDay = day;
        this.finishedAt = now;
    }

    public String getName() {
        return name;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getNode() {
        return node;
    }
}
