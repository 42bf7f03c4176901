package org.rabta.referrals;

import java.util.List;

/** Input that breaks a rule of the referral form, field by field (400 on the API, messages beside fields on screens). */
public class ReferralProblem extends RuntimeException {

    public record Violation(String field, String code, Object... args) {
    }

    private final List<Violation> violations;

    public ReferralProblem(List<Violation> violations) {
        super("Invalid referral: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    static ReferralProblem of(String field, String code, Object... args) {
        return new ReferralProblem(List.of(new Violation(field, code, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
