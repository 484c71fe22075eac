package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a resolution worth a second look when the office calls back: SATISFIED_BUT_UNSOLVED (the enterprise rated
 * it satisfied, yet told the caller it is not solved), THIN_ANSWER (an answer shorter than the campaign's minimum, not
 * an answer worth the name), QUICK_RESOLVE (resolved within the campaign's minutes of being routed: too fast to be
 * real work).
 */
public record CallbackFlags(int minAnswerLength, int quickResolveMinutes) {

    public static final String SATISFIED_BUT_UNSOLVED = "SATISFIED_BUT_UNSOLVED";
    public static final String THIN_ANSWER = "THIN_ANSWER";
    public static final String QUICK_RESOLVE = "QUICK_RESOLVE";

    public static CallbackFlags of(ServiceLevels levels) {
        return new CallbackFlags(levels.getMinAnswerLength(), levels.getQuickResolveMinutes());
    }

    public List<String> of(Problem p, CallbackResult result) {
        List<String> flags = new ArrayList<>();
        if (p.getRating() != null && p.getRating().satisfied() && result == CallbackResult.UNSOLVED) {
            flags.add(SATISFIED_BUT_UNSOLVED);
        }
        if (p.getAnswer() != null && Text.length(p.getAnswer()) < minAnswerLength) {
            flags.add(THIN_ANSWER);
        }
        if (p.getRoutedAt() != null && p.getResolvedAt() != null
                && Duration.between(p.getRoutedAt(), p.getResolvedAt()).compareTo(Duration.ofMinutes(quickResolveMinutes)) < 0) {
            flags.add(QUICK_RESOLVE);
        }
        return flags;
    }
}
