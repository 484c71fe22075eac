package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.InspectionRounds;
import cn.bangfu.inspection.boundary.InspectionSchedules;
import cn.bangfu.inspection.entity.InspectionVisitData;
import cn.bangfu.inspection.entity.RoundData;
import cn.bangfu.inspection.entity.TeamData;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import cn.bangfu.platform.entity.Xlsx;
import cn.bangfu.web.platform.Downloads;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One inspection round (inspection/round.xhtml?campaign=…&amp;round=…): its window, status and checklist, and for the
 * office that runs it the steps (publish the schedule, move the round on). Its three sections have beans of their own:
 * the teams ({@link TeamDialog}), the targets ({@link RoundTargetsTab}) and the schedule ({@link ScheduleSolving},
 * {@link VisitMoveDialog}); each of them shows the round as it is now through {@link #load}.
 */
@Named
@ViewScoped
public class InspectionRoundPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The schedule by day, then team; what is not scheduled yet comes last. */
    private static final Comparator<InspectionVisitData> BY_DAY_AND_TEAM = Comparator
            .comparing(InspectionVisitData::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InspectionVisitData::teamName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(v -> v.target() == null || v.target().name() == null ? "" : v.target().name());

    @Inject
    InspectionRounds rounds;

    @Inject
    InspectionSchedules schedules;

    @Inject
    DialogSave dialogSave;

    @Inject
    FacesErrors errors;

    @Inject
    Labels labels;

    private String campaign;
    private Long round;
    private RoundData data;
    private List<TeamData> teams = List.of();
    private List<InspectionVisitData> schedule = List.of();
    private PagedModel<InspectionVisitData> targets;
    private boolean missing;

    /** Called by f:viewAction once the parameters are set, and again after every change. */
    public void load() {
        if (campaign == null || round == null) {
            missing = true;
            return;
        }
        try {
            data = rounds.get(campaign, round);
            teams = rounds.teams(campaign, round);
            schedule = schedules.schedule(campaign, round).stream().sorted(BY_DAY_AND_TEAM).toList();
            if (targets == null) {
                targets = new PagedModel<>((page, size, sort) -> rounds.targets(campaign, round, new PageRequest(page, size, null, null)),
                        v -> String.valueOf(v.id()), 20);
            }
            missing = false;
        } catch (NotFoundException | ForbiddenException | EJBAccessException e) {
            missing = true;
            data = null;
        }
    }

    /** Runs a change of the round through the boundary; on success tells so and shows the round as it is now. */
    <T> T change(Supplier<T> step, Map<String, String> inputs, String done, Object... args) {
        T result = dialogSave.attempt(step, inputs);
        if (result != null) {
            if (done != null) {
                errors.info(done, args);
            }
            load();
        }
        return result;
    }

    public void publish() {
        change(() -> {
            schedules.publish(campaign, round);
            return Boolean.TRUE;
        }, Map.of(), "inspection.published");
    }

    /** Moves the round on (or a published one back to planning), as {@link RoundData#next()} offers it. */
    public void moveTo(String status) {
        RoundData to = new RoundData(data.id(), data.campaign(), data.name(), data.from(), data.to(), status, null, data.version(), null, null,
                null, null, null, null);
        change(() -> rounds.update(campaign, round, to), Map.of(), "inspection.moved", labels.get("inspection.status." + status));
    }

    /** Whether the caller may move the round to this status now. */
    public boolean may(String status) {
        return data != null && data.next() != null && data.next().contains(status);
    }

    /** Whether the office may still change teams, targets and the schedule: it runs the round and the round is planned. */
    public boolean isPlanning() {
        return data != null && Boolean.TRUE.equals(data.editable());
    }

    public boolean isManageable() {
        return data != null && Boolean.TRUE.equals(data.manageable());
    }

    /** The name of a team of the round, by its id. */
    public String teamName(Long teamId) {
        return teams.stream().filter(t -> t.id().equals(teamId)).map(TeamData::name).findFirst().orElse("");
    }

    /** The 督查安排表 as xlsx. */
    public StreamedContent getScheduleSheet() {
        return Downloads.of(labels.get("inspection.schedule.exportFile"), Xlsx.MEDIA_TYPE, schedules.export(campaign, round));
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public RoundData getData() {
        return data;
    }

    public List<TeamData> getTeams() {
        return teams;
    }

    public List<InspectionVisitData> getSchedule() {
        return schedule;
    }

    /** How many visits of the schedule have a team and a day. */
    public long getScheduledCount() {
        return schedule.stream().filter(v -> v.date() != null).count();
    }

    public PagedModel<InspectionVisitData> getTargets() {
        return targets;
    }

    public boolean isMissing() {
        return missing;
    }

    public LocalDate getFrom() {
        return data == null ? null : data.from();
    }

    public LocalDate getTo() {
        return data == null ? null : data.to();
    }
}
