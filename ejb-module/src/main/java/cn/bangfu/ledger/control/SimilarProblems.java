package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Open problems of other enterprises of the same county like a given one, so the office can see a common problem (共性
 * 问题) coming: the same category, and text that reads alike. Similarity is Apache Commons Text's, on Chinese text
 * (no word breaks): the cosine of the two texts' character-pair counts, and Jaro–Winkler on the titles.
 */
@Dependent
public class SimilarProblems {

    /** At most this many suggestions, and the score (0–1) a problem must reach. */
    public static final int MAX = 5;
    static final double THRESHOLD = 0.35;
    /** The most recent open problems of the category that are compared; older ones are rarely the same problem. */
    static final int CANDIDATES = 500;

    private static final CosineSimilarity COSINE = new CosineSimilarity();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    @PersistenceContext
    EntityManager em;

    @Inject
    ProblemScope problemScope;

    public List<Problem> to(Scope scope, Problem p) {
        Where where = new Where().and("p.campaignId = :campaign", "campaign", p.getCampaignId())
                .and("p.category = :category", "category", p.getCategory())
                .and("p.targetId <> :target", "target", p.getTargetId())
                .and("p.state in :open", "open", ProblemState.OPEN)
                .and(ProblemScope.inRegion("county"), "county", countyPath(p.getRegionPath()));
        problemScope.narrow(where, scope);
        List<Problem> candidates = where.bind(em.createQuery("select p from Problem p join fetch p.target t join fetch t.region"
                + " join fetch p.campaign left join fetch p.responsibleUnit" + where.clause() + " order by p.id desc", Problem.class))
                .setMaxResults(CANDIDATES).getResultList();
        String text = text(p);
        Map<Problem, Double> scores = new HashMap<>();
        for (Problem c : candidates) {
            double s = score(text, p.getTitle(), text(c), c.getTitle());
            if (s >= THRESHOLD) {
                scores.put(c, s);
            }
        }
        return scores.entrySet().stream().sorted(Map.Entry.<Problem, Double>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().getId(), Comparator.reverseOrder())).limit(MAX).map(Map.Entry::getKey).toList();
    }

    /** How alike two problems read, 0–1. */
    public static double score(String text, String title, String otherText, String otherTitle) {
        Double cosine = COSINE.cosineSimilarity(pairs(text), pairs(otherText));
        double jw = JARO_WINKLER.apply(title, otherTitle);
        return 0.6 * (cosine == null || cosine.isNaN() ? 0 : cosine) + 0.4 * jw;
    }

    private static String text(Problem p) {
        return p.getTitle() + (p.getDescription() == null ? "" : " " + p.getDescription());
    }

    /** Counts of the text's adjacent character pairs, spaces and punctuation left out. */
    static Map<CharSequence, Integer> pairs(String text) {
        String t = text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", "");
        Map<CharSequence, Integer> m = new HashMap<>();
        for (int i = 0; i + 2 <= t.length(); i++) {
            m.merge(t.substring(i, i + 2), 1, Integer::sum);
        }
        if (t.length() == 1) {
            m.put(t, 1);
        }
        return m;
    }

    /** The county of a region path (its first three levels) and below. */
    static String countyPath(String regionPath) {
        String[] parts = regionPath.split("/");
        return parts.length <= 3 ? regionPath + "%" : parts[0] + "/" + parts[1] + "/" + parts[2] + "/%";
    }
}
