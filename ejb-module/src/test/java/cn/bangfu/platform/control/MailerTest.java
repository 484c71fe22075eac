package cn.bangfu.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailerTest {

    private static Mailer.Settings settings(String host, String port, String user, String from) {
        return Mailer.Settings.of(Optional.ofNullable(host), Optional.ofNullable(port), Optional.ofNullable(user), Optional.of("secret"),
                Optional.ofNullable(from));
    }

    @Test
    void withoutAHostThereIsNoMailAndTheDefaultsHold() {
        Mailer.Settings s = settings(null, null, null, null);
        assertNull(s.host());
        assertEquals(25, s.port());
        assertEquals("bangfu@localhost", s.from().getAddress());
        assertNull(settings(" ", null, null, null).host());
    }

    @Test
    void anSmtpServerOnItsPortWithLoginAndTimeouts() {
        Properties p = settings(" smtp.pingjiang.gov.cn ", "587", "bangfu", "帮扶通 <bangfu@pingjiang.gov.cn>").properties();
        assertEquals("smtp", p.getProperty("mail.transport.protocol"));
        assertEquals("smtp.pingjiang.gov.cn", p.getProperty("mail.smtp.host"));
        assertEquals("587", p.getProperty("mail.smtp.port"));
        assertEquals("true", p.getProperty("mail.smtp.auth"));
        assertEquals("true", p.getProperty("mail.smtp.starttls.enable"));
        assertEquals("30000", p.getProperty("mail.smtp.timeout"));
        assertEquals("30000", p.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("bangfu@pingjiang.gov.cn", settings("h", null, null, "帮扶通 <bangfu@pingjiang.gov.cn>").from().getAddress());
    }

    @Test
    void port465SpeaksSmtpsAndNoUserMeansNoLogin() {
        Properties p = settings("mail.example.cn", "465", null, null).properties();
        assertEquals("smtps", p.getProperty("mail.transport.protocol"));
        assertEquals("mail.example.cn", p.getProperty("mail.smtps.host"));
        assertEquals("false", p.getProperty("mail.smtps.auth"));
        assertNull(p.getProperty("mail.smtp.starttls.enable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "smtp", "-25"})
    void aMalformedPortStopsTheDeploymentWithItsReason(String port) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> settings("h", port, null, null));
        assertEquals("BANGFU_SMTP_PORT=" + port + " is no TCP port (1-65535), such as 25, 465 or 587", e.getMessage());
    }

    @Test
    void aMalformedSenderStopsTheDeploymentWithItsReason() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> settings("h", null, null, "bangfu at pingjiang"));
        assertEquals("BANGFU_MAIL_FROM=bangfu at pingjiang is no e-mail address such as bangfu@pingjiang.gov.cn", e.getMessage());
    }
}
