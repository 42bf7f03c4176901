package org.rabta.cases;

/**
 * A kind of another feature's records that case timeline entries are about (referrals, screenings): {@link #of} names
 * one of them as the entry keeps it ({@link CaseActivity#subject()}, e.g. {@code referral:12}) and as the feature's
 * case page section links it ({@link CasePageSection#timeline}).
 */
public record TimelineSubject(String kind) {

    public String of(long id) {
        return kind + ":" + id;
    }
}
