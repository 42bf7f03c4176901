package org.rabta.committees;

import org.rabta.cases.PseudonymisedCase;

/** An escalation with both committees named and its case pseudonymised; whether the viewer may resolve it. */
public record EscalationView(Escalation escalation, Committee from, Committee to, PseudonymisedCase linkedCase,
                             boolean mayResolve) {
}
