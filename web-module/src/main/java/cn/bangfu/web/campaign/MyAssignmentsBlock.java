package cn.bangfu.web.campaign;

import cn.bangfu.campaign.boundary.Assignments;
import cn.bangfu.campaign.entity.AssignmentData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The unit's current assignments with every partner unit's contacts, shown above its inbox: a block of
 * the campaign component on the org component's page, so that org does not depend on campaign.
 */
@Named
@RequestScoped
public class MyAssignmentsBlock {

    @Inject
    Assignments assignments;

    private List<AssignmentData> mine;

    public List<AssignmentData> getMine() {
        if (mine == null) {
            mine = assignments.mine();
        }
        return mine;
    }
}
