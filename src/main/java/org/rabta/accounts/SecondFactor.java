package org.rabta.accounts;

/**
 * What a user must do after the password before reaching anything (decided at sign-in and kept in the principal,
 * so no request has to ask the database).
 */
public enum SecondFactor {
    /** Neither enrolled nor required: the password is enough. */
    NONE,
    /** Enrolled: a code from the authenticator app (or a recovery code) after the password. */
    CODE,
    /** Required for one of the user's roles but not enrolled yet: enrol first. */
    ENROL;

    public boolean required() {
        return this != NONE;
    }
}
