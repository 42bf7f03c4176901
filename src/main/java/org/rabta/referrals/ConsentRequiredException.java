package org.rabta.referrals;

import org.rabta.shared.BusinessRuleException;

/**
 * The case does not record the person's consent to referral (for a child, consent on the child's behalf) and no
 * supervisor overrode it for an emergency. The API answers 422: the request is understood but cannot be met.
 */
public class ConsentRequiredException extends BusinessRuleException {

    ConsentRequiredException(String messageCode) {
        super(messageCode);
    }
}
