package org.rabta.investigations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An offence an event names: one of a charge sheet's offences (no sentence), or of a conviction with the sentence
 * passed for it.
 */
@Embeddable
public record Sentence(
        @Enumerated(EnumType.STRING) @Column(name = "offence_code", nullable = false) Offence offence,
        @Column(name = "imprisonment_months") Integer imprisonmentMonths,
        @Column(name = "fine_rupees") Long fineRupees) {

    static Sentence charge(Offence offence) {
        return new Sentence(offence, null, null);
    }
}
