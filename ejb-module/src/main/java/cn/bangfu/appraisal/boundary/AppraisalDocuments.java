package cn.bangfu.appraisal.boundary;

import cn.bangfu.appraisal.control.AppraisalAccess;
import cn.bangfu.appraisal.control.AppraisalViews;
import cn.bangfu.appraisal.control.FormLayout;
import cn.bangfu.appraisal.control.ResultsLayout;
import cn.bangfu.appraisal.control.ResultsSheet;
import cn.bangfu.appraisal.entity.Appraisal;
import cn.bangfu.appraisal.entity.Veto;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The appraisal's documents in Chinese: a form as a PDF (考评表) and the results of a scheme as a PDF (考评结果) or a
 * spreadsheet (考评结果汇总表). Each shows exactly what its reader sees on the page, because it is made from the same
 * data by the same rules: a form read as {@link Appraisals#get} reads it, the results through {@link AppraisalResults#of}
 * itself, an EJB call that keeps that method's own roles and scope.
 */
@Stateless
public class AppraisalDocuments {

    @Inject
    Clock clock;

    @Inject
    CallerScope caller;

    @Inject
    AppraisalAccess access;

    @Inject
    AppraisalViews views;

    @Inject
    AppraisalResults results;

    /** The form as the caller reads it (404 for a form he may not read); a unit's before the publicity without the scores. */
    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public byte[] formPdf(long appraisalId) {
        Scope scope = caller.get();
        Appraisal a = access.readable(scope, appraisalId);
        return FormLayout.pdf(views.data(a, access.actor(scope, a), LocalDate.now(clock)), vetoNames(a));
    }

    /** The code of the form's unit, which names the PDF's file; readable as the form is. */
    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public String unitCodeOf(long appraisalId) {
        return access.readable(caller.get(), appraisalId).getUnit().getCode();
    }

    /** The results as a PDF dated today, marked as provisional until every form is finalised. */
    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public byte[] resultsPdf(String campaignCode, Long schemeId) {
        return ResultsLayout.pdf(results.of(campaignCode, schemeId), LocalDate.now(clock));
    }

    /** The results as a spreadsheet (考评结果汇总表). */
    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER, Roles.UNIT})
    public byte[] resultsSheet(String campaignCode, Long schemeId) {
        return ResultsSheet.xlsx(results.of(campaignCode, schemeId));
    }

    private static Map<String, String> vetoNames(Appraisal a) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Veto v : a.getScheme().getVetoes()) {
            names.put(v.getCode(), v.getName());
        }
        return names;
    }
}
