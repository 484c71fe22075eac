package cn.bangfu.web.org;

import cn.bangfu.web.platform.Times;
import cn.bangfu.org.boundary.Inbox;
import cn.bangfu.org.entity.NoticeAbout;
import cn.bangfu.org.entity.NoticeData;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.io.Serializable;
import java.util.Map;

/**
 * A unit's inbox: its notices newest first, in the reader's language, with their time to the second
 * (opening one marks it read for the whole unit), and above
 * them the targets the unit helps with their leader and every partner unit's contact, so the unit
 * always knows which enterprise it helps and with whom.
 */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inbox inbox;

    @Inject
    FacesErrors errors;

    @Inject
    Labels labels;

    @Inject
    cn.bangfu.org.boundary.MyAccount myAccount;

    /** Where each kind of record a notice may be about opens. */
    private static final Map<String, String> PAGES = Map.of(NoticeAbout.APPRAISAL, "/appraisal/form.xhtml?id=",
            NoticeAbout.RECTIFICATION, "/inspection/rectification.xhtml?id=", NoticeAbout.CIRCULAR, "/report/circular.xhtml?id=",
            NoticeAbout.PROBLEM, "/ledger/problem.xhtml?id=");

    private String unitCode;
    private boolean hasInbox;

    private PagedModel<NoticeData> rows;
    private NoticeData opened;

    @PostConstruct
    void init() {
        rows = new PagedModel<>((page, size, sort) -> inbox.find(new PageRequest(page, size, null, null), labels.locale()), n -> String.valueOf(n.id()), 20);
        cn.bangfu.org.entity.Scope scope = myAccount.scope();
        unitCode = scope.unitCode();
        hasInbox = inbox.exists();
    }

    /** Whether the caller has an inbox: a unit's, an office account's, the evaluators' of his region, or a contact leader's. */
    public boolean isHasInbox() {
        return hasInbox;
    }

    /** The caller's own unit, which the page marks among each target's units. */
    public String getUnitCode() {
        return unitCode;
    }

    /** Shows the notice, marked read; one gone meanwhile (or another inbox's) is said so, not shown with the last one's text. */
    public void open(NoticeData notice) {
        try {
            opened = inbox.markRead(notice.id(), labels.locale());
            PrimeFaces.current().executeScript("PF('noticeDialog').show()");
        } catch (NotFoundException e) {
            opened = null;
            errors.error("common.notFound");
        }
    }

    public void readAll() {
        int n = inbox.markAllRead();
        errors.info("inbox.allRead", n);
    }

    public String time(NoticeData n) {
        return n.createdAt() == null ? null : Times.format(n.createdAt());
    }

    public PagedModel<NoticeData> getRows() {
        return rows;
    }

    public NoticeData getOpened() {
        return opened;
    }

    /** The page of the record the opened notice is about, from the application's root; null when it is about none. */
    public String getOpenedLink() {
        NoticeAbout about = opened == null ? null : opened.about();
        String page = about == null ? null : PAGES.get(about.type());
        return page == null ? null : page + about.id();
    }
}
