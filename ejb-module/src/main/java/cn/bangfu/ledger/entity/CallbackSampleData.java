package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A callback sample (回访抽样) as the API shows it. Drawing one sends {@code percentage} (1–100), optionally {@code seed}
 * (to repeat a draw) and the period of resolution {@code resolvedFrom} … {@code resolvedTo}.
 */
public record CallbackSampleData(Long id, Integer percentage, Long seed, LocalDate resolvedFrom, LocalDate resolvedTo, int eligible,
                                 String drawnBy, java.time.Instant drawnAt, List<CallbackData> callbacks) implements Serializable {

    public CallbackSampleData {
        callbacks = callbacks == null ? List.of() : List.copyOf(callbacks);
    }
}
