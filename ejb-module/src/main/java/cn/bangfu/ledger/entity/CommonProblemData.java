package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A common problem (共性问题) as the API shows it, with its members. Creating one sends {@code title}, {@code category}
 * and {@code problems} (the ids of the members); resolving it sends {@code policyAnswer}.
 */
public record CommonProblemData(Long id, String campaignCode, String title, String category, String policyAnswer, String state,
                                String createdBy, Instant createdAt, Instant resolvedAt, Long version, List<ProblemData> members)
        implements Serializable {

    public CommonProblemData {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
