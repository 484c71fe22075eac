package cn.bangfu.platform.entity;

import java.util.List;

/**
 * A refusal of a state machine (409): the record's current state and the actions the caller may take instead, which
 * the API adds to its problem document ({@code state}, {@code allowed}) so a client can tell the user what to do.
 */
public interface StateRefusal {

    String state();

    List<String> allowed();
}
