package org.rabta.shared;

/**
 * A record does not exist, or exists outside the current user's reach. Both answer 404 so that
 * nobody can probe for the existence of a case they may not see.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, Object key) {
        super(what + " " + key + " not found");
    }
}
