package cn.bangfu.ledger.entity;

import java.time.LocalDate;

/**
 * What one run of the daily reminders did: {@code ran} false when the day's run had already been made (on this node or
 * another), and then nothing else was done; the units that got a digest, the mails the SMTP server took, and the
 * problems escalated (督办) for being RED too long.
 */
public record ReminderOutcome(boolean ran, LocalDate day, int digests, int mailed, int escalated) {
}
