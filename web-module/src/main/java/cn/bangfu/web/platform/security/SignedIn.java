package cn.bangfu.web.platform.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in on this browser session; kept in the (replicated) HTTP session. */
record SignedIn(String login, Set<String> groups) implements Serializable {

    static final String SESSION_KEY = "cn.bangfu.signedIn";
}
