package cn.bangfu.appraisal.control;

import cn.bangfu.campaign.entity.Campaign;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The appraisal period {@link UnitMetrics} counts in, and what of the campaign its metrics need.
 *
 * @param from the period's first day
 * @param to   the period's last day
 * @param end  the period's end as the metrics see it: {@code to}, or today while the period runs (at most {@code to})
 */
record MetricsPeriod(long campaignId, LocalDate planDeadline, LocalDate from, LocalDate to, LocalDate end) {

    MetricsPeriod(Campaign campaign, LocalDate from, LocalDate to, LocalDate end) {
        this(campaign.getId(), campaign.getPlanDeadline(), Objects.requireNonNull(from), Objects.requireNonNull(to),
                Objects.requireNonNull(end));
        if (from.isAfter(to) || end.isAfter(to)) {
            throw new IllegalArgumentException("period " + from + ".." + to + " ending " + end);
        }
    }
}
