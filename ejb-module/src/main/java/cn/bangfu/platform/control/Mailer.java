package cn.bangfu.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends plain-text mail through the SMTP server that configuration names ({@code BANGFU_SMTP_HOST}, {@code BANGFU_SMTP_PORT},
 * {@code BANGFU_SMTP_USER}, {@code BANGFU_SMTP_PASSWORD}, from {@code BANGFU_MAIL_FROM}); with no host, Bangfu sends no mail
 * and its notices stay in the inbox. Port 465 speaks SMTPS; any other port upgrades to TLS when the server offers it. A
 * malformed port or sender stops the deployment with its reason. Callers send after their transaction has committed:
 * a mail cannot be taken back.
 */
@ApplicationScoped
public class Mailer {

    public static final String DEFAULT_FROM = "bangfu@localhost";
    static final int SMTPS_PORT = 465;
    /** How long a connection or a reply may take: an SMTP server that hangs must not hold a job for good. */
    static final int TIMEOUT_MILLIS = 30_000;

    /** One mail: to one address, a subject and a plain-text body. */
    public record Mail(String to, String subject, String body) {
    }

    /** The SMTP settings in force; {@code host} null: no mail. */
    record Settings(String host, int port, String user, String password, InternetAddress from) {

        static Settings of(Config config) {
            return of(config.getOptionalValue("BANGFU_SMTP_HOST", String.class), config.getOptionalValue("BANGFU_SMTP_PORT", String.class),
                    config.getOptionalValue("BANGFU_SMTP_USER", String.class), config.getOptionalValue("BANGFU_SMTP_PASSWORD", String.class),
                    config.getOptionalValue("BANGFU_MAIL_FROM", String.class));
        }

        static Settings of(Optional<String> host, Optional<String> port, Optional<String> user, Optional<String> password,
                           Optional<String> from) {
            return new Settings(host.map(String::strip).filter(h -> !h.isEmpty()).orElse(null), port(port),
                    user.map(String::strip).filter(u -> !u.isEmpty()).orElse(null), password.orElse(null), from(from));
        }

        static int port(Optional<String> value) {
            String p = value.map(String::strip).filter(v -> !v.isEmpty()).orElse("25");
            try {
                int port = Integer.parseInt(p);
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalStateException("BANGFU_SMTP_PORT=" + p + " is no TCP port (1-65535), such as 25, 465 or 587");
        }

        static InternetAddress from(Optional<String> value) {
            String f = value.map(String::strip).filter(v -> !v.isEmpty()).orElse(DEFAULT_FROM);
            try {
                InternetAddress address = new InternetAddress(f, true);
                address.validate();
                return address;
            } catch (AddressException e) {
                throw new IllegalStateException("BANGFU_MAIL_FROM=" + f + " is no e-mail address such as bangfu@pingjiang.gov.cn", e);
            }
        }

        /** The Jakarta Mail session properties of these settings. */
        Properties properties() {
            Properties p = new Properties();
            String protocol = port == SMTPS_PORT ? "smtps" : "smtp";
            p.setProperty("mail.transport.protocol", protocol);
            p.setProperty("mail." + protocol + ".host", host);
            p.setProperty("mail." + protocol + ".port", String.valueOf(port));
            p.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
            p.setProperty("mail." + protocol + ".timeout", String.valueOf(TIMEOUT_MILLIS));
            p.setProperty("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT_MILLIS));
            p.setProperty("mail." + protocol + ".auth", String.valueOf(user != null));
            if (port != SMTPS_PORT) {
                p.setProperty("mail.smtp.starttls.enable", "true");
            }
            return p;
        }
    }

    @Inject
    Clock clock;

    private Settings settings;
    private Session session;

    /** Read at start, so that a malformed setting stops the deployment with its reason instead of failing every mail. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        configured();
    }

    @PostConstruct
    void start() {
        settings = Settings.of(ConfigProvider.getConfig());
        if (settings.host() != null) {
            Authenticator login = settings.user() == null ? null : new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(settings.user(), settings.password() == null ? "" : settings.password());
                }
            };
            session = Session.getInstance(settings.properties(), login);
        }
    }

    /** Whether an SMTP server is configured: without one, nothing is mailed. */
    public boolean configured() {
        return session != null;
    }

    /** Sends one mail now, UTF-8 plain text; throws what the server or the address refused. */
    public void send(Mail mail) throws MessagingException {
        if (session == null) {
            throw new IllegalStateException("no SMTP server configured (BANGFU_SMTP_HOST)");
        }
        MimeMessage m = new MimeMessage(session);
        m.setFrom(settings.from());
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        m.setText(mail.body(), StandardCharsets.UTF_8.name());
        m.setSentDate(Date.from(clock.instant()));
        Transport.send(m);
    }
}
