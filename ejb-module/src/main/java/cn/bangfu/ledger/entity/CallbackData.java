package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A problem of a callback sample as the office sees it: the problem, its answer and rating, the result of the call
 * (null until called) and the flags that make it worth a second look ({@link CallbackFlags}).
 */
public record CallbackData(Long id, Long sampleId, Long problemId, String number, String targetName, String title, String responsibleUnitName,
                           String answer, String rating, String result, String note, LocalDate calledOn, String calledBy, long version,
                           List<String> flags) implements Serializable {

    public CallbackData {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
