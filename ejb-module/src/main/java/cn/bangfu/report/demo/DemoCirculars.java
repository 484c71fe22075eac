package cn.bangfu.report.demo;

import cn.bangfu.campaign.demo.DemoWork;
import cn.bangfu.inspection.demo.DemoInspection;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.platform.control.DemoMode;
import cn.bangfu.platform.entity.SchemaReady;
import cn.bangfu.report.control.CircularPublishing;
import cn.bangfu.report.entity.Circular;
import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.logging.Logger;

/**
 * The demo's first circular (第一期通报): drafted from the April round's findings and published on the seed's day at the
 * end of April ({@link DemoWork#FIRST_CIRCULAR}), so that the units that first visited only after it are named on the
 * campaign's first-visit list, and every demo unit has it in its inbox. Loaded once, after the inspection.
 */
@Singleton
public class DemoCirculars {

    public static final int PRIORITY = DemoInspection.PRIORITY + 100;
    private static final Logger LOG = Logger.getLogger(DemoCirculars.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CircularPublishing circulars;

    public void onSchemaReady(@Observes @Priority(PRIORITY) SchemaReady ready) {
        if (!DemoMode.on() || em.createQuery("select count(c) from Circular c", Long.class).getSingleResult() > 0) {
            return;
        }
        InspectionRound april = em.createQuery("select r from InspectionRound r where r.name = :name", InspectionRound.class)
                .setParameter("name", DemoInspection.APRIL_ROUND).getResultStream().findFirst().orElse(null);
        if (april == null) {
            return;
        }
        Circular c = circulars.draft(april, null, "office");
        circulars.publish(c, "office", DemoWork.FIRST_CIRCULAR, DemoWork.FIRST_CIRCULAR.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        LOG.info(() -> "Bangfu demo circular published: " + c.getTitle() + " " + c.getDocNumber());
    }
}
