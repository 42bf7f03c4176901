package org.rabta.notifications;

/** The kind of record a notification is about: with its number, it names the record in the list and in e-mails. */
public enum Subject {
    REFERRAL,
    SCREENING,
    ACTION_ITEM,
    /** A case the owning agency brought to a law-enforcement agency's attention (its number is that record's). */
    CASE_INFORMED
}
