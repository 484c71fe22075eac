package cn.bangfu.ledger.entity;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A draw of resolved problems for callbacks (回访): the office calls back a percentage of the problems resolved in a
 * period, drawn at random. The percentage, the seed and the period are kept, so the same draw over the same problems
 * gives the same sample ({@link #draw}): an inspector can repeat it and see the office did not pick.
 */
@Entity
@Table(name = "callback_sample")
@NamedQuery(name = CallbackSample.OF_CAMPAIGN, query = "select s from CallbackSample s where s.campaign = :campaign order by s.drawnAt desc, s.id desc")
public class CallbackSample implements Audited {

    public static final String OF_CAMPAIGN = "CallbackSample.ofCampaign";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @Column(nullable = false, updatable = false)
    private int percentage;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(name = "resolved_from", updatable = false)
    private LocalDate resolvedFrom;

    @Column(name = "resolved_to", updatable = false)
    private LocalDate resolvedTo;

    /** How many resolved problems the draw was made from. */
    @Column(nullable = false, updatable = false)
    private int eligible;

    @Column(name = "drawn_by", nullable = false, updatable = false)
    private String drawnBy;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;

    @Version
    private long version;

    protected CallbackSample() {
    }

    /** A draw of {@code percentage} (1–100) of the problems resolved from … to (either open), with the seed given or a new one. */
    public CallbackSample(Campaign campaign, Integer percentage, Long seed, LocalDate from, LocalDate to, String drawnBy, Instant now,
                          long newSeed) {
        List<FieldError> errors = new ArrayList<>();
        if (percentage == null) {
            errors.add(FieldError.of("percentage", "field.required"));
        } else if (percentage < 1 || percentage > 100) {
            errors.add(FieldError.of("percentage", "field.range", 1, 100));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "ledger.period.reversed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.campaign = campaign;
        this.percentage = percentage;
        this.seed = seed == null ? newSeed : seed;
        this.resolvedFrom = from;
        this.resolvedTo = to;
        this.drawnBy = drawnBy;
        this.drawnAt = now;
    }

    /**
     * The problems drawn from the eligible ones: their ids in ascending order shuffled by a generator seeded with the
     * seed, the first {@code ceil(n × percentage / 100)} of them (at least one when there is any).
     */
    public List<Long> draw(List<Long> eligibleIds) {
        List<Long> ids = new ArrayList<>(eligibleIds);
        Collections.sort(ids);
        eligible = ids.size();
        Collections.shuffle(ids, new Random(seed));
        int n = ids.isEmpty() ? 0 : Math.max(1, (int) Math.ceil(ids.size() * percentage / 100.0));
        List<Long> drawn = new ArrayList<>(ids.subList(0, n));
        Collections.sort(drawn);
        return drawn;
    }

    public CallbackSampleData data(List<CallbackData> callbacks) {
        return new CallbackSampleData(id, percentage, seed, resolvedFrom, resolvedTo, eligible, drawnBy, drawnAt, callbacks);
    }

    @Override
    public String auditType() {
        return "CallbackSample";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("percentage", String.valueOf(percentage));
        m.put("seed", String.valueOf(seed));
        m.put("period", (resolvedFrom == null ? "" : resolvedFrom.toString()) + "–" + (resolvedTo == null ? "" : resolvedTo.toString()));
        m.put("eligible", String.valueOf(eligible));
        return m;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public int getPercentage() {
        return percentage;
    }

    public long getSeed() {
        return seed;
    }

    public LocalDate getResolvedFrom() {
        return resolvedFrom;
    }

    public LocalDate getResolvedTo() {
        return resolvedTo;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, CallbackSample::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
