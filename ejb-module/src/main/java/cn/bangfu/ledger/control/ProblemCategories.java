package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.ProblemCategory;
import cn.bangfu.ledger.entity.ProblemCategoryData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jakarta.inject.Inject;

/**
 * The problem categories, read once and kept (a few dozen rows every ledger page names): the defaults for every
 * county and each county's own. An added category shows at once on this node, on the others within {@link #FRESH}.
 */
@ApplicationScoped
public class ProblemCategories {

    static final Duration FRESH = Duration.ofMinutes(5);

    /** A category as kept here: its county's path is null for a default. */
    public record Category(String code, String name, String nameEn, String regionCode, String regionPath) {

        public boolean usableIn(String path) {
            return regionPath == null || path.startsWith(regionPath);
        }

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
        }

        public ProblemCategoryData data(Locale locale) {
            return new ProblemCategoryData(code, name(locale), regionCode);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The categories and when they were read, swapped as one so a concurrent reader never sees half of it. */
    private record Kept(List<Category> all, Instant readAt) {
    }

    private volatile Kept kept;

    public List<Category> all() {
        Instant now = clock.instant();
        Kept k = kept;
        if (k == null || k.readAt().plus(FRESH).isBefore(now)) {
            List<Category> c;
            c = em.createNamedQuery(ProblemCategory.ALL, ProblemCategory.class).getResultList().stream()
                    .map(p -> new Category(p.getCode(), p.getName(), p.getNameEn(), p.getRegion() == null ? null : p.getRegion().getCode(),
                            p.getRegion() == null ? null : p.getRegion().getPath()))
                    .toList();
            k = new Kept(c, now);
            kept = k;
        }
        return k.all();
    }

    /** The categories a problem of this region may have: the defaults and its county's own, in their order. */
    public List<Category> usableIn(String regionPath) {
        return all().stream().filter(c -> c.usableIn(regionPath)).toList();
    }

    /** The category of this code (a name is accepted too) that a problem of this region may have. */
    public Optional<Category> find(String codeOrName, String regionPath) {
        return find(all(), codeOrName, regionPath);
    }

    /** As {@link #find(String, String)}, among these categories: for checks that run without the database. */
    public static Optional<Category> find(List<Category> categories, String codeOrName, String regionPath) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String wanted = codeOrName.strip();
        return categories.stream().filter(c -> c.usableIn(regionPath))
                .filter(c -> c.code().equalsIgnoreCase(wanted) || c.name().equals(wanted) || wanted.equalsIgnoreCase(c.nameEn()))
                .findFirst();
    }

    /** The name of a category code in the reader's language, the code itself if unknown. */
    public String name(String code, Locale locale) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name(locale)).orElse(code);
    }

    public void changed() {
        kept = null;
    }
}
