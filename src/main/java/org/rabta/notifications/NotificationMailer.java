package org.rabta.notifications;

import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail copies of notifications. Spring Boot creates a {@link JavaMailSender} only when {@code spring.mail.host}
 * is set; without one, the notice stays in-app and a log line says so. Mails carry no personal data (e-mail is
 * not a safe channel for victims' details): only the kind of notice, the record's kind and number, and a link.
 */
@Component
@RequiredArgsConstructor
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> senders;
    @Value("${rabta.mail.from:rabta@localhost}")
    private final String from;
    @Value("${rabta.base-url:http://localhost:8080}")
    private final String baseUrl;

    void send(Notice notice, List<String> addresses) {
        String about = notice.subject().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + notice.subjectId();
        String what = notice.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP configured (spring.mail.host): {} notice for {} kept in-app only, no e-mail sent", notice.kind(), about);
            return;
        }
        if (addresses.isEmpty()) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setBcc(addresses.toArray(String[]::new));
        mail.setSubject("Rabta: " + about + " " + what);
        mail.setText(Character.toUpperCase(about.charAt(0)) + about.substring(1) + ": " + what
                + ".\nOpen it in Rabta: " + baseUrl + notice.link() + "\n");
        try {
            sender.send(mail);
        } catch (MailException e) {
            // The in-app notice is saved; a mail server that is down must not undo the change that caused it.
            log.warn("E-mail for the {} notice of {} failed: {}", notice.kind(), about, e.getMessage());
        }
    }
}
