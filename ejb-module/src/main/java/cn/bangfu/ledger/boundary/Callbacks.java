package cn.bangfu.ledger.boundary;

import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.control.CampaignLevels;
import cn.bangfu.ledger.control.ResolvedProblems;
import cn.bangfu.ledger.entity.CallbackData;
import cn.bangfu.ledger.entity.CallbackFlags;
import cn.bangfu.ledger.entity.CallbackInput;
import cn.bangfu.ledger.entity.CallbackResult;
import cn.bangfu.ledger.entity.CallbackSample;
import cn.bangfu.ledger.entity.CallbackSampleData;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemCallback;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.Codes;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Callbacks (回访): the campaign office draws a random share of the resolved problems of its region (the percentage and
 * the seed kept, so anyone can repeat the draw), calls each enterprise and records what it said; the flags point at
 * what deserves a second look (satisfied yet unsolved, an answer too thin, a resolution too quick).
 */
@Stateless
@RolesAllowed(Roles.OFFICE)
public class Callbacks {

    private static final SecureRandom SEEDS = new SecureRandom();
    /** The calls one sample may ask for: the office phones each enterprise. */
    static final int MAX_CALLS = 2000;
    /** The samples a list shows, the latest. */
    static final int SHOWN = 20;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    ResolvedProblems resolved;

    @Inject
    CampaignLevels levels;

    @Inject
    AuditTrail audit;

    /** Draws a sample: {@code percentage} (1–100) of the problems resolved from … to, with the seed given or a new one. */
    public CallbackSampleData draw(String campaignCode, CallbackSampleData input) {
        if (input == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Campaign campaign = campaigns.managed(scope, campaignCode);
        CallbackSample sample = new CallbackSample(campaign, input.percentage(), input.seed(), input.resolvedFrom(), input.resolvedTo(),
                scope.login(), clock.instant(), SEEDS.nextLong());
        List<Long> drawn = sample.draw(resolved.ids(scope, campaign, input.resolvedFrom(), input.resolvedTo()));
        if (drawn.size() > MAX_CALLS) {
            throw new InvalidInputException(FieldError.of("percentage", "ledger.callback.tooMany", drawn.size(), MAX_CALLS));
        }
        em.persist(sample);
        for (Long id : drawn) {
            em.persist(new ProblemCallback(sample, em.getReference(Problem.class, id)));
        }
        em.flush();
        audit.created(sample);
        return data(campaign, List.of(sample)).get(0);
    }

    /** The campaign's latest samples, newest first, each with its callbacks and their flags. */
    public List<CallbackSampleData> samples(String campaignCode) {
        Campaign campaign = campaigns.managed(caller.get(), campaignCode);
        return data(campaign, em.createNamedQuery(CallbackSample.OF_CAMPAIGN, CallbackSample.class).setParameter("campaign", campaign)
                .setMaxResults(SHOWN).getResultList());
    }

    /** Records what the enterprise said when called. */
    public CallbackData record(String campaignCode, long callbackId, CallbackInput input) {
        if (input == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Campaign campaign = campaigns.managed(scope, campaignCode);
        ProblemCallback c = em.find(ProblemCallback.class, callbackId);
        if (c == null || !c.getSample().getCampaign().equals(campaign) || !c.getProblem().getRegionPath().startsWith(scope.regionPath())) {
            throw new NotFoundException("ProblemCallback", callbackId);
        }
        c.checkVersion(input.version());
        List<FieldError> errors = new ArrayList<>();
        CallbackResult result = Codes.parse(errors, "result", input.result(), CallbackResult.class, null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        audit.update(c, () -> c.record(result, input.note(), scope.login(), LocalDate.now(clock)));
        em.flush();
        return c.data(CallbackFlags.of(levels.of(campaign)));
    }

    private List<CallbackSampleData> data(Campaign campaign, List<CallbackSample> samples) {
        CallbackFlags flags = CallbackFlags.of(levels.of(campaign));
        Map<Long, List<CallbackData>> bySample = new LinkedHashMap<>();
        samples.forEach(s -> bySample.put(s.getId(), new ArrayList<>()));
        for (ProblemCallback c : ChunkedLookup.all(em, ProblemCallback.OF_SAMPLES, ProblemCallback.class, "ids", List.copyOf(bySample.keySet()))) {
            bySample.get(c.getSample().getId()).add(c.data(flags));
        }
        return samples.stream().map(s -> s.data(bySample.get(s.getId()))).toList();
    }
}
