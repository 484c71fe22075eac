package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.util.List;

/** What merging problems into a common problem (共性问题) sends: its title, category and the ids of its members. */
public record CommonProblemDraft(String title, String category, List<Long> problems) implements Serializable {

    public CommonProblemDraft {
        problems = problems == null ? List.of() : problems.stream().filter(java.util.Objects::nonNull).toList();
    }
}
