package cn.bangfu.campaign.entity;

import java.io.Serializable;

/** Something the user should know about a saved record, that did not stop it: a field and a message in his language. */
public record Warning(String field, String message) implements Serializable {
}
