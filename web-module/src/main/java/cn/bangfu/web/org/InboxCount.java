package cn.bangfu.web.org;

import cn.bangfu.org.boundary.Inbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count the page header shows a unit user, read once per request. */
@Named
@RequestScoped
public class InboxCount {

    @Inject
    Inbox inbox;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }
}
