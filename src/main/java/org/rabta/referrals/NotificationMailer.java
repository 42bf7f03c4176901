package org.rabta.referrals;

import java.util.List;
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
 * not a safe channel for victims' details): only the kind of notice, the referral number and a link.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final String baseUrl;

    NotificationMailer(ObjectProvider<JavaMailSender> senders, @Value("${rabta.mail.from:rabta@localhost}") String from,
                       @Value("${rabta.base-url:http://localhost:8080}") String baseUrl) {
        this.senders = senders;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    void send(NotificationKind kind, long referralId, List<String> addresses) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP configured (spring.mail.host): {} notice for referral {} kept in-app only, no e-mail sent",
                    kind, referralId);
            return;
        }
        if (addresses.isEmpty()) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setBcc(addresses.toArray(String[]::new));
        mail.setSubject("Rabta: referral " + referralId + " " + kind.name().toLowerCase(java.util.Locale.ROOT));
        mail.setText("Referral " + referralId + ": " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + ".\nOpen it in Rabta: " + baseUrl + "/referrals/" + referralId + "\n");
        try {
            sender.send(mail);
        } catch (MailException e) {
            // The in-app notice is saved; a mail server that is down must not undo the referral's move.
            log.warn("E-mail for the {} notice of referral {} failed: {}", kind, referralId, e.getMessage());
        }
    }
}
