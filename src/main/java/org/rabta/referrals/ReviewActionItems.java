package org.rabta.referrals;

import java.io.Serializable;
import java.time.LocalDate;
import org.rabta.accounts.RabtaUser;
import org.rabta.shared.InvalidInputException;

/**
 * Action items on a referral's review page, which the committees feature keeps as committee action items (an owner
 * from the committee's roster of the day, a due date, the committee whose queue holds the referral), so that they
 * reach the committee's open items and their owners. Called for a referral of the reviewer's queue only; without the
 * committees feature the review page offers no action items.
 */
public interface ReviewActionItems {

    /** The review page's action items section for the referral: its items and the form's choices. */
    Section section(RabtaUser reviewer, ReviewSummary referral);

    /**
     * Adds an action item about the referral, or refuses it with an {@link InvalidInputException} naming each field
     * ({@code committee}, {@code owner}, {@code due}, {@code what}). Returns how the referral's timeline tells of it.
     */
    String add(RabtaUser reviewer, ReviewSummary referral, Request request);

    /**
     * What the reviewer asked for: the committee, the owner ("member:&lt;term id&gt;" or "agency:&lt;code&gt;"), by when,
     * what. Serializable: a refused one goes back to the form through the flash attributes, kept in the session store.
     */
    record Request(Long committee, String owner, LocalDate due, String what) implements Serializable {
    }

    /** A section of the review page: a fragment of the feature's own template and what it shows, as {@code section.model}. */
    record Section(String template, String fragment, Object model) {
    }
}
