package org.rabta.screening;

import org.rabta.directory.ServiceType;

/**
 * A recommended action after a screening. {@code code} names the message {@code screening.next.<code>};
 * {@code service}, when set, is the service to refer the person to, and the action links to creating that referral.
 * {@code required}: the law or policy demands it (a child's protection referral), rather than offers it.
 */
public record NextStep(String code, ServiceType service, boolean required) {

    public String messageKey() {
        return "screening.next." + code;
    }
}
