package cn.bangfu.inspection.entity;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An inspection round (督查轮次) of a campaign, e.g. 2026年4月全面督查: a window of days, the checklist its findings are filed
 * against, and a status. Its teams, targets and schedule change only while it is being planned.
 */
@Entity
@Table(name = "inspection_round")
@NamedQuery(name = InspectionRound.OF_CAMPAIGN, query = "select r from InspectionRound r where r.campaign = :campaign"
        + " order by r.firstDay desc, r.id desc")
@NamedQuery(name = InspectionRound.PREVIOUS, query = "select r from InspectionRound r where r.campaign = :campaign"
        + " and r.lastDay < :firstDay and r.status <> cn.bangfu.inspection.entity.RoundStatus.PLANNING order by r.lastDay desc, r.id desc")
public class InspectionRound implements Audited, Versioned {

    public static final String OF_CAMPAIGN = "InspectionRound.ofCampaign";
    public static final String PREVIOUS = "InspectionRound.previous";
    static final int MAX_ITEMS = 30;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoundStatus status = RoundStatus.PLANNING;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_checklist_item", joinColumns = @JoinColumn(name = "round_id"))
    @OrderColumn(name = "seq_no")
    private List<ChecklistItem> checklist = new ArrayList<>();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected InspectionRound() {
    }

    public InspectionRound(Campaign campaign, RoundData data, String createdBy, Instant now) {
        this.campaign = campaign;
        this.createdBy = createdBy;
        this.createdAt = now;
        edit(data);
    }

    /** Name, window and checklist (the defaults when none is sent), all checked before any is changed. */
    public void edit(RoundData data) {
        List<FieldError> errors = new ArrayList<>();
        String n = data.name() == null ? "" : data.name().strip();
        if (n.isEmpty()) {
            errors.add(FieldError.of("name", "field.required"));
        } else if (n.length() > 100) {
            errors.add(FieldError.of("name", "field.tooLong", 100));
        }
        if (data.from() == null) {
            errors.add(FieldError.of("from", "field.required"));
        }
        if (data.to() == null) {
            errors.add(FieldError.of("to", "field.required"));
        }
        if (data.from() != null && data.to() != null && data.to().isBefore(data.from())) {
            errors.add(FieldError.of("to", "inspection.round.window.reversed"));
        }
        if (data.from() != null && data.to() != null && data.from().plusDays(92).isBefore(data.to())) {
            errors.add(FieldError.of("to", "inspection.round.window.tooLong", 92));
        }
        List<ChecklistItem> items = data.checklist() == null ? (checklist.isEmpty() ? ChecklistItem.DEFAULTS : checklist)
                : checklist(data.checklist(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (firstDay != null && status != RoundStatus.PLANNING && (!data.from().equals(firstDay) || !data.to().equals(lastDay))) {
            throw new ConflictException(FieldError.of("from", "inspection.round.notPlanning"));
        }
        this.name = n;
        this.firstDay = data.from();
        this.lastDay = data.to();
        if (!items.equals(checklist)) {
            checklist.clear();
            checklist.addAll(items);
        }
    }

    private static List<ChecklistItem> checklist(List<RoundData.Item> sent, List<FieldError> errors) {
        if (sent.isEmpty()) {
            errors.add(FieldError.of("checklist", "field.required"));
        }
        if (sent.size() > MAX_ITEMS) {
            errors.add(FieldError.of("checklist", "inspection.checklist.tooMany", MAX_ITEMS));
        }
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            RoundData.Item item = sent.get(i);
            String code = item == null || item.code() == null ? "" : item.code().strip();
            String name = item == null || item.name() == null ? "" : item.name().strip();
            String at = "checklist[" + i + "]";
            if (!CODE.matcher(code).matches()) {
                errors.add(FieldError.of(at + ".code", "inspection.checklist.code", code));
            } else if (!codes.add(code)) {
                errors.add(FieldError.of(at + ".code", "inspection.checklist.duplicate", code));
            }
            if (name.isEmpty()) {
                errors.add(FieldError.of(at + ".name", "field.required"));
            } else if (name.length() > 100) {
                errors.add(FieldError.of(at + ".name", "field.tooLong", 100));
            }
            items.add(new ChecklistItem(code, name));
        }
        return items;
    }

    /** Teams, targets and the schedule change only while the round is planned (409 otherwise). */
    public void requirePlanning() {
        if (status != RoundStatus.PLANNING) {
            throw new ConflictException(FieldError.of("status", "inspection.round.notPlanning"));
        }
    }

    /** Publishes the schedule: the teams and the inspected units are told; the round is SCHEDULED. */
    public void publish(Instant now) {
        requirePlanning();
        status = RoundStatus.SCHEDULED;
        publishedAt = now;
    }

    /** The office moves the round on (or a published one back to planning), as {@link RoundStatus#next} allows. */
    public void moveTo(RoundStatus wanted) {
        if (wanted == status) {
            return;
        }
        if (!status.next().contains(wanted)) {
            throw new ConflictException(FieldError.of("status", "inspection.round.move", term(status), term(wanted)));
        }
        status = wanted;
        if (wanted == RoundStatus.PLANNING) {
            publishedAt = null;
        }
    }

    private static Messages.Term term(RoundStatus s) {
        return new Messages.Term("inspection.status." + s.name());
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public boolean hasItem(String code) {
        return checklist.stream().anyMatch(i -> i.getCode().equals(code));
    }

    public RoundData data(int teams, int visits, int scheduled, boolean manageable) {
        return new RoundData(id, campaign.getCode(), name, firstDay, lastDay, status.name(),
                checklist.stream().map(i -> new RoundData.Item(i.getCode(), i.getName())).toList(), version, teams, visits, scheduled,
                manageable ? status.next().stream().map(Enum::name).sorted().toList() : List.of(), manageable,
                manageable && status == RoundStatus.PLANNING);
    }

    @Override
    public String auditType() {
        return "InspectionRound";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("window", firstDay + "–" + lastDay);
        m.put("status", status.name());
        m.put("checklist", String.join(",", checklist.stream().map(ChecklistItem::getCode).toList()));
        return m;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getName() {
        return name;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public List<ChecklistItem> getChecklist() {
        return checklist;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
