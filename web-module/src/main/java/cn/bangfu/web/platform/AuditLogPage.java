package cn.bangfu.web.platform;

import cn.bangfu.platform.boundary.AuditLog;
import cn.bangfu.platform.entity.AuditEvent;
import cn.bangfu.platform.entity.AuditQuery;
import cn.bangfu.platform.entity.FieldChange;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.MissingResourceException;

/**
 * The audit log page of the auditor (审计员): filter by actor, kind of record and days, newest first.
 * Events are turned into display rows here, so the view keeps serializable text, not entities.
 */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 20;

    /** One event as the table shows it; the changes read "field: old → new", one per line. */
    public record Row(long id, String time, String actor, String type, String entityId, String action, List<String> changes)
            implements Serializable {
    }

    @Inject
    AuditLog log;

    @Inject
    Labels labels;

    private PagedModel<Row> model;
    private List<String> entityTypes;
    private String actor;
    private String entityType;
    private LocalDate from;
    private LocalDate to;
    /** The filters of the last search: paging through the table must not pick up half-typed new ones. */
    private AuditQuery query = AuditQuery.ALL;

    @PostConstruct
    void init() {
        entityTypes = log.entityTypes();
        model = new PagedModel<>((page, size, sort) -> log.find(query, new PageRequest(page, size, null, null)).map(this::row),
                r -> Long.toString(r.id()), ROWS);
    }

    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("audit:to", new FacesMessage(FacesMessage.SEVERITY_ERROR, labels.get("audit.badRange"), null));
            faces.validationFailed();
            return;
        }
        query = new AuditQuery(actor, entityType, from, to);
        PagedModel.toFirstPage("audit:table");
    }

    public void reset() {
        actor = null;
        entityType = null;
        from = null;
        to = null;
        search();
    }

    private Row row(AuditEvent e) {
        AuditText text = text();
        String type = e.getEntityType();
        List<String> changes = e.getChanges().stream().map(c -> change(text, type, c)).toList();
        return new Row(e.getId(), Times.format(e.getOccurredAt()), e.getActor(), text.entity(type), e.getEntityId(),
                text.action(e.getAction()), changes);
    }

    private String change(AuditText text, String type, FieldChange c) {
        return labels.get("audit.change", text.field(type, c.getField()), shown(text, type, c.getField(), c.getOldValue()),
                shown(text, type, c.getField(), c.getNewValue()));
    }

    /** Instants are stored in UTC (ISO-8601); the auditor reads them as Chinese local time, like the event times. */
    private String shown(AuditText text, String type, String field, String value) {
        if (value == null || value.isEmpty()) {
            return labels.get("audit.none");
        }
        try {
            return Times.format(Instant.parse(value));
        } catch (DateTimeParseException e) {
            String shown = text.value(type, field, value);
            return shown == null || shown.isEmpty() ? labels.get("audit.none") : shown;
        }
    }

    public String typeName(String type) {
        return text().entity(type);
    }

    /** Labels of the current view's language; names without a label (added by later components) read as stored. */
    private AuditText text() {
        return new AuditText(key -> {
            try {
                return labels.get(key);
            } catch (MissingResourceException e) {
                return null;
            }
        }, labels.get("audit.separator"));
    }

    public PagedModel<Row> getModel() {
        return model;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
