package org.rabta.accounts;

import org.rabta.shared.BusinessRuleException;

/**
 * The current password given to change it was wrong, or the account is locked. Counted toward the lockout; once
 * locked, the user is signed out everywhere, so a stolen session cannot go on guessing the password.
 */
class WrongCurrentPasswordException extends BusinessRuleException {

    private final boolean locked;

    WrongCurrentPasswordException(boolean locked) {
        super("account.password.error.currentWrong");
        this.locked = locked;
    }

    boolean locked() {
        return locked;
    }
}
