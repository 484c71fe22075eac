package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every integration and browser test class: the real build output (target/bangfu.war) on
 * its own Payara Micro in demo mode, and a client for it on the loopback address. A class extends
 * this and writes only its tests (with its own {@code @Tag}: "integration" or "e2e").
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedBangfu {

    @Deployment(testable = false)
    public static WebArchive bangfu() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bangfu.war")));
    }

    @ArquillianResource
    protected URL base;

    /** The API and page client of the running test class's server (static, so static helpers of a class can use it). */
    protected static Http http;

    @BeforeEach
    protected void client() {
        URI root = root();
        if (http == null || !http.root().equals(root)) {
            http = new Http(root);
        }
    }

    /** The application's root on the loopback address. */
    protected URI root() {
        return Loopback.root(base);
    }

    /** The user's inbox, newest first (up to 100 notices). */
    protected static List<JsonObject> inbox(String login) {
        Http.Response r = http.to("api/v1/me/inbox?size=100").as(login).get();
        assertEquals(200, r.status(), r::toString);
        return r.items();
    }
}
