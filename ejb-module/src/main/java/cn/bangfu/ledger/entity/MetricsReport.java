package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.util.List;

/** The metrics of a campaign by one grouping ({@code by}: unit, region, category, month or total), its rows and their total. */
public record MetricsReport(String by, List<MetricsRow> items, MetricsRow total) implements Serializable {

    public MetricsReport {
        items = List.copyOf(items);
    }
}
