package org.jiebang.platform.notify;

import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server notifications are mailed through (SPEC §11, §12). Mail is on when
 * {@code jiebang.mail.host} is set; without it notifications stay in the app only.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "jiebang.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "jiebang.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "jiebang.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "jiebang.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "jiebang.mail.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "jiebang.mail.from", defaultValue = "noreply@jiebang.local")
    String from;

    @Inject
    @ConfigProperty(name = "jiebang.mail.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    MailSettings() {
    }

    /** Settings given directly, for tests and tools. */
    public MailSettings(String host, int port, String from, String baseUrl) {
        this.host = Optional.ofNullable(host);
        this.port = port;
        this.user = Optional.empty();
        this.password = Optional.empty();
        this.from = from;
        this.baseUrl = baseUrl;
    }

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** The absolute address of a page of the app, for links in mail. */
    public String absolute(String link) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return link == null ? base + "/" : base + (link.startsWith("/") ? link : "/" + link);
    }

    boolean authenticated() {
        return user.filter(u -> !u.isBlank()).isPresent();
    }

    String user() {
        return user.orElse("");
    }

    String password() {
        return password.orElse("");
    }

    Properties sessionProperties() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElse("localhost"));
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.auth", Boolean.toString(authenticated()));
        props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        props.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        props.put("mail.mime.charset", "UTF-8");
        return props;
    }
}
