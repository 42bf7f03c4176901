package org.rabta.web;

import org.springframework.context.MessageSourceResolvable;

/**
 * One thing waiting for the user, as a link: what it is ({@code label}, a case or referral number, a username), the
 * case it shows (its number, audited as a read of that case; null when it names none), a translated detail, how many
 * days it has waited (or is overdue) and whether it is late.
 */
public record WorkItem(String href, String label, String caseNumber, MessageSourceResolvable detail, Long days, boolean late) {

    /** An item about a case, labelled with the case's number. */
    public static WorkItem ofCase(String href, String caseNumber, MessageSourceResolvable detail, Long days, boolean late) {
        return new WorkItem(href, caseNumber, caseNumber, detail, days, late);
    }
}
