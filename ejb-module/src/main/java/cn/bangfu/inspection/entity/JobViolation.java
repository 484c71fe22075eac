package cn.bangfu.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A violation a solver job's result still has: the visit it concerns, the constraint, whether it is a hard rule, and the
 * message as a key with its arguments, so each reader gets it in his language.
 */
@Embeddable
public class JobViolation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = "\u001f";

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "constraint_code", nullable = false, length = 32)
    private String constraint;

    @Column(nullable = false)
    private boolean hard;

    @Column(name = "message_key", nullable = false, length = 64)
    private String messageKey;

    @Column(name = "message_args", length = 1000)
    private String messageArgs;

    protected JobViolation() {
    }

    public JobViolation(Long visitId, String constraint, boolean hard, String messageKey, List<String> args) {
        this.visitId = visitId;
        this.constraint = constraint;
        this.hard = hard;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, args);
        this.messageArgs = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    public Long getVisitId() {
        return visitId;
    }

    public String getConstraint() {
        return constraint;
    }

    public boolean isHard() {
        return hard;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> args() {
        return messageArgs == null || messageArgs.isEmpty() ? List.of() : Arrays.asList(messageArgs.split(SEPARATOR, -1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobViolation v && Objects.equals(visitId, v.visitId) && constraint.equals(v.constraint)
                && messageKey.equals(v.messageKey) && Objects.equals(messageArgs, v.messageArgs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(visitId, constraint, messageArgs);
    }
}
