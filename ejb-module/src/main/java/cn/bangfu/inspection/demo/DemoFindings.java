package cn.bangfu.inspection.demo;

import cn.bangfu.inspection.control.InspectionNotice;
import cn.bangfu.inspection.control.PhotoIntake;
import cn.bangfu.inspection.control.ResponsibleUnits;
import cn.bangfu.inspection.entity.ChecklistItem;
import cn.bangfu.inspection.entity.Finding;
import cn.bangfu.inspection.entity.InspectionPhoto;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.Rectification;
import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.entity.Unit;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The April round's findings as the seed speech tells them (../shared/seeds/001): one of each checklist item, on the
 * round's first visits, each with a photo; and their rectifications in every state — closed, closed after being sent
 * back, waiting for verification, overdue (one of them sent back), and one sent at load time and still in time.
 */
@Dependent
public class DemoFindings {

    /** What the inspectors found, per checklist item, in the seed's words. */
    private static final List<String[]> FOUND = List.of(
            new String[] {"UNKNOWN_TARGET", "SERIOUS", "帮扶单位干部说不清本单位帮扶的是哪家企业，台账中的联系人电话为空号。"},
            new String[] {"NO_PLAN", "MAJOR", "帮扶单位至今未制定“一企一策”帮扶方案，企业表示不知道帮扶单位有何安排。"},
            new String[] {"NO_VISIT", "MAJOR", "自行动启动以来帮扶干部未到企业走访，企业反映只接到过一次电话。"},
            new String[] {"PROBLEM_OPEN", "MINOR", "企业反映的用电增容问题已超过办理期限，帮扶单位未向企业反馈进展。"},
            new String[] {"LEAD_ABSENT", "MAJOR", "牵头单位未组织配合单位研究企业问题，配合单位不知道本次督查。"},
            new String[] {"REFUSED", "SERIOUS", "督查组到达时帮扶单位以“领导不在”为由拒绝提供帮扶台账。"},
            new String[] {"CHARGES", "SERIOUS", "企业反映有关部门在检查中收取“资料费”，未出具票据。"},
            new String[] {"OTHER", "MINOR", "帮扶台账记录过于简单，走访记录未写明企业提出的具体问题。"});

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    ResponsibleUnits responsible;

    @Inject
    PhotoIntake photos;

    @Inject
    WorkCalendars calendars;

    /** Files the April findings and their rectifications; the round must still be in progress. */
    public int file(InspectionRound april) {
        List<InspectionVisit> visits = em.createNamedQuery(InspectionVisit.OF_ROUND, InspectionVisit.class).setParameter("round", april)
                .getResultList().stream().filter(v -> v.getTarget() != null && v.getDay() != null)
                .sorted((a, b) -> a.getDay().compareTo(b.getDay())).toList();
        WorkCalendar calendar = calendars.current();
        LocalDate today = LocalDate.now(clock);
        int filed = 0;
        for (int i = 0; i < FOUND.size() && i < visits.size(); i++) {
            InspectionVisit v = visits.get(i);
            List<Unit> units = responsible.of(v);
            if (units.isEmpty()) {
                continue;
            }
            String[] what = FOUND.get(i);
            Instant at = at(v.getDay(), 15);
            Finding f = Finding.file(v, what[0], Severity.valueOf(what[1]), what[2], units.get(0), v.getTeam().getLeader().getLogin(), at,
                    v.getDay());
            em.persist(f);
            em.persist(new InspectionPhoto(f, null, photos.store(photo(i)), f.getFiledBy(), at));
            rectify(f, i, calendar, today);
            filed++;
        }
        em.flush();
        return filed;
    }

    /** The rectification of the i-th finding, in the state that finding's place stands for. */
    private void rectify(Finding f, int i, WorkCalendar calendar, LocalDate today) {
        if (ChecklistItem.DEFAULTS.get(ChecklistItem.DEFAULTS.size() - 1).getCode().equals(f.getItemCode())) {
            return; // 其他: recorded only, as offices do with small matters
        }
        String inspector = f.getFiledBy();
        String unit = unitLogin(f.getUnit());
        LocalDate day = f.getVisit().getDay();
        boolean inTime = i == 6;
        LocalDate issuedOn = inTime ? today : day;
        Rectification r = Rectification.issue(f, null, inTime ? 15 : 10, calendar, inspector, at(issuedOn, 17), issuedOn);
        em.persist(r);
        em.flush();
        em.persist(r.issued());
        LocalDate worked = calendar.plusWorkingDays(day, 6);
        switch (i) {
            case 0 -> {
                em.persist(r.submit(true, false, "已重新明确帮扶干部和联系方式，并到企业走访对接。", unit, at(worked, 10)));
                em.persist(r.accept(false, true, inspector, at(worked.plusDays(2), 11)));
            }
            case 1 -> {
                em.persist(r.submit(true, false, "已制定帮扶方案。", unit, at(worked, 10)));
                em.persist(r.reject(false, true, "方案未经企业确认，措施没有责任人和时限。", inspector, at(worked.plusDays(1), 16)));
                em.persist(r.submit(true, false, "方案已与企业逐条对接确认，明确了责任人和完成时限。", unit, at(worked.plusDays(5), 9)));
                em.persist(r.accept(false, true, inspector, at(worked.plusDays(7), 15)));
            }
            case 2 -> em.persist(r.submit(true, false, "帮扶干部已两次到企业走访，附走访记录照片。", unit, at(worked, 10)));
            case 4 -> {
                em.persist(r.submit(true, false, "已召开协调会。", unit, at(worked, 10)));
                em.persist(r.reject(false, true, "未见配合单位参与的记录，请补充配合单位的意见。", inspector, at(worked.plusDays(1), 16)));
            }
            default -> {
                // 3 (问题未办结) and 5 (拒绝督查) stay open past their deadline (RED, as 4 after it was sent back);
                // 6 (涉企收费) was sent at load time and is in time
            }
        }
        em.persist(InspectionNotice.toUnit(InspectionNotice.RECTIFY, r, null, r.getIssuedAt()));
    }

    private String unitLogin(Unit unit) {
        return em.createQuery("select a.login from UserAccount a join a.roles r where a.unit = :unit"
                + " and r = cn.bangfu.org.entity.Role.UNIT order by a.login", String.class).setParameter("unit", unit)
                .setMaxResults(1).getResultStream().findFirst().orElse(unit.getCode());
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    /** A small landscape "photo" (a sky, a building, a door) in a colour of its own, so the demo's thumbnails differ. */
    static byte[] photo(int i) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 220), 0, 300, new Color(220, 235, 250)));
        g.fillRect(0, 0, 640, 300);
        g.setColor(new Color(90, 140, 80));
        g.fillRect(0, 300, 640, 180);
        g.setColor(Color.getHSBColor((i * 0.13f) % 1f, 0.35f, 0.85f));
        g.fillRect(140, 140, 360, 220);
        g.setColor(new Color(70, 70, 80));
        g.fillRect(290, 260, 60, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
