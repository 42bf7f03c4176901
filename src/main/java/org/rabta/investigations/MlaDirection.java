package org.rabta.investigations;

/** Whether Pakistan sent the request or received it. */
public enum MlaDirection {
    SENT, RECEIVED
}
