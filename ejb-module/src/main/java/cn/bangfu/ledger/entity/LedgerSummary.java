package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.util.Map;

/** The office's dashboard counts of a campaign's problems: by state, by light (running ones), escalated, and extensions waiting. */
public record LedgerSummary(Map<String, Long> byState, Map<String, Long> byLight, long escalated, long extensionsPending)
        implements Serializable {

    public LedgerSummary {
        byState = Map.copyOf(byState);
        byLight = Map.copyOf(byLight);
    }

    public long state(String state) {
        return byState.getOrDefault(state, 0L);
    }

    public long light(String light) {
        return byLight.getOrDefault(light, 0L);
    }
}
