package org.rabta.investigations;

/** A request to another country: mutual legal assistance, or extradition of an accused. */
public enum MlaKind {
    MLA, EXTRADITION
}
