package org.rabta.referrals;

/** The inbox of the receiving side ({@code NEW} to {@code RECEIVED}) and the list of the sending side ({@code SENT}). */
public enum ReferralBox { NEW, DUE_SOON, OVERDUE, IN_PROGRESS, RECEIVED, SENT }
