package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.util.List;

/** Whom routing proposes for a problem: the target's leading unit as responsible unit (主办), its co-units assisting (协办); empty without a current assignment. */
public record RoutingProposal(String unitCode, String unitName, List<String> assistingUnits, List<String> assistingUnitNames)
        implements Serializable {

    public RoutingProposal {
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
        assistingUnitNames = assistingUnitNames == null ? List.of() : List.copyOf(assistingUnitNames);
    }
}
