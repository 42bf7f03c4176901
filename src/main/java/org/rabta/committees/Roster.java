package org.rabta.committees;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A committee's roster on one day, with what is missing from it: no chair, no secretary, required sectors not
 * represented, and terms that end within {@value #ENDING_SOON_DAYS} days of that day.
 */
public record Roster(Committee committee, LocalDate on, List<RosterEntry> entries, Gaps gaps) {

    static final int ENDING_SOON_DAYS = 30;

    static Roster of(Committee committee, LocalDate on, List<RosterEntry> entries) {
        boolean chair = entries.stream().anyMatch(entry -> entry.role() == MembershipRole.CHAIR);
        boolean secretary = entries.stream().anyMatch(entry -> entry.role() == MembershipRole.SECRETARY);
        Set<Sector> missing = EnumSet.allOf(Sector.class);
        entries.forEach(entry -> missing.removeAll(entry.sectors()));
        LocalDate horizon = on.plusDays(ENDING_SOON_DAYS);
        List<RosterEntry> endingSoon = entries.stream()
                .filter(entry -> entry.to() != null && !entry.to().isAfter(horizon))
                .toList();
        return new Roster(committee, on, entries, new Gaps(!chair, !secretary, List.copyOf(missing), endingSoon));
    }

    public record Gaps(boolean noChair, boolean noSecretary, List<Sector> missingSectors, List<RosterEntry> endingSoon) {

        public boolean any() {
            return noChair || noSecretary || !missingSectors.isEmpty() || !endingSoon.isEmpty();
        }
    }
}
