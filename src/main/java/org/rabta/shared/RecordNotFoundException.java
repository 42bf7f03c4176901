package org.rabta.shared;

/**
 * A record does not exist, or exists outside the current user's reach. Both answer 404 so that
 * nobody can probe for the existence of a case they may not see.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String what;
    private final String key;

    public RecordNotFoundException(String what, Object key) {
        super(what + " " + key + " not found");
        this.what = what;
        this.key = String.valueOf(key);
    }

    /** The kind of record asked for, e.g. "Case" or "Attachment". */
    public String what() {
        return what;
    }

    /** The number or id asked for, as given. */
    public String key() {
        return key;
    }
}
