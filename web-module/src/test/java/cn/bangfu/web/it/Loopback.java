package cn.bangfu.web.it;

import java.net.URI;
import java.net.URL;

/**
 * The deployed application's root on the loopback address. Arquillian reports the machine's
 * network address; tests talk to their own server over loopback only.
 */
public final class Loopback {

    private Loopback() {
    }

    public static URI root(URL deployment) {
        return URI.create("http://127.0.0.1:" + deployment.getPort() + "/");
    }
}
