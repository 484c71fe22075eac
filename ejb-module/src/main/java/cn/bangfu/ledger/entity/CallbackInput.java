package cn.bangfu.ledger.entity;

import java.io.Serializable;

/** What the office records of one callback (回访): the result (SOLVED, UNSOLVED, UNREACHABLE), a note, the version read. */
public record CallbackInput(String result, String note, Long version) implements Serializable {
}
