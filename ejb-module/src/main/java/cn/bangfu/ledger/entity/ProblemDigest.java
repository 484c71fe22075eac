package cn.bangfu.ledger.entity;

import cn.bangfu.org.entity.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The daily digest (每日提醒) one unit got on one day: how many of its problems waited to be accepted, were YELLOW and
 * were RED, and where it was mailed. One a unit and day: a second run of the day finds it and sends nothing.
 */
@Entity
@Table(name = "problem_digest")
@IdClass(ProblemDigest.Key.class)
@NamedQuery(name = ProblemDigest.UNITS_OF_DAY, query = "select d.unitId from ProblemDigest d where d.date = :day")
public class ProblemDigest {

    public static final String UNITS_OF_DAY = "ProblemDigest.unitsOfDay";

    /** The key: unit and day. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long unitId;
        private LocalDate date;

        public Key() {
        }

        public Key(Long unitId, LocalDate date) {
            this.unitId = unitId;
            this.date = date;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.unitId, unitId) && Objects.equals(k.date, date);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitId, date);
        }
    }

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Id
    @Column(name = "digest_date")
    private LocalDate date;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", insertable = false, updatable = false)
    private Unit unit;

    @Column(name = "to_accept", nullable = false)
    private int toAccept;

    @Column(nullable = false)
    private int yellow;

    @Column(nullable = false)
    private int red;

    @Column(name = "mailed_to")
    private String mailedTo;

    protected ProblemDigest() {
    }

    public ProblemDigest(long unitId, LocalDate date, int toAccept, int yellow, int red, String mailedTo) {
        this.unitId = unitId;
        this.date = Objects.requireNonNull(date);
        this.toAccept = toAccept;
        this.yellow = yellow;
        this.red = red;
        this.mailedTo = mailedTo;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getToAccept() {
        return toAccept;
    }

    public int getYellow() {
        return yellow;
    }

    public int getRed() {
        return red;
    }

    public String getMailedTo() {
        return mailedTo;
    }
}
