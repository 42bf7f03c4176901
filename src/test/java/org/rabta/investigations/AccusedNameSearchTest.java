package org.rabta.investigations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.investigations.InvestigationFixtures.accused;
import static org.rabta.support.Dates.today;
import static org.rabta.support.Districts.LAHORE;

/**
 * The accused name search and "also accused in" read the agency's names nearest first (V92): the same name in any
 * spelling before a misspelling, whatever their dates, and never another agency's accused.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class AccusedNameSearchTest {

    private final InvestigationService investigations;

    private final InvestigationSearch search;

    private final InvestigationFixtures fixtures;

    @Test
    void theListShowsMatchingFirNumbersThenTheClosestNamesEachInvestigationOncePageAfterPage() {
        RabtaUser fia = fixtures.user("fia.lahore");
        String surname = family();
        String name = "Muhammad " + surname;
        String misspelt = "Muhammad " + surname.substring(0, surname.length() - 1) + "q";
        long misspelling = register(fia, "FIR-" + surname, 5, accused(misspelt, null, AccusedRole.RECRUITER));
        long exact = register(fia, "FIR-" + surname + "-2", 20, accused(name, null, AccusedRole.RECRUITER),
                accused("Mohd " + surname, null, AccusedRole.FINANCIER));
        long otherSpelling = register(fia, "FIR-" + surname + "-3", 30, accused("Mohammad " + surname, null, AccusedRole.RECRUITER));
        long firNumber = register(fia, name.toUpperCase() + "/1", 40, accused(name, null, AccusedRole.RECRUITER));
        register(fixtures.user("police.lahore"), "FIR-" + surname, 1, accused(name, null, AccusedRole.RECRUITER));

        List<Long> found = new ArrayList<>();
        InvestigationList page;
        int number = 0;
        do {
            page = search.list(fia, new InvestigationFilter(name, null, null, null, null, null, number++, 2));
            page.items().forEach(row -> found.add(row.id()));
        } while (page.hasNext());

        assertThat(found).containsExactly(firNumber, exact, otherSpelling, misspelling);
        assertThat(number).isEqualTo(2);
    }

    @Test
    void alsoAccusedInFindsTheSameCnicWhateverTheNameThenTheClosestNamesOfTheReadersAgencyOnly() {
        RabtaUser fia = fixtures.user("fia.lahore");
        String surname = family();
        String cnic = "3520" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        long misspelling = register(fia, "FIR-" + surname, 2,
                accused("Mohamad " + surname.substring(0, surname.length() - 1) + "q", null, AccusedRole.RECRUITER));
        long otherSpelling = register(fia, "FIR-" + surname + "-2", 20, accused("Mohammad " + surname, null, AccusedRole.RECRUITER));
        long sameCnic = register(fia, "FIR-" + surname + "-3", 30, accused("Imran " + Unique.surname(), cnic, AccusedRole.FINANCIER));
        register(fixtures.user("police.lahore"), "FIR-" + surname, 1, accused("Muhammad " + surname, cnic, AccusedRole.RECRUITER));
        long read = register(fia, "FIR-" + surname + "-4", 10, accused("Muhammad " + surname, cnic, AccusedRole.RECRUITER));

        List<AccusedSummary.AlsoAccused> also = investigations.view(fia, read).accused().getFirst().alsoAccusedIn();

        assertThat(also).extracting(AccusedSummary.AlsoAccused::investigationId).containsExactly(sameCnic, otherSpelling, misspelling);
        assertThat(also).extracting(AccusedSummary.AlsoAccused::cnicMatch).containsExactly(true, false, false);
    }

    /** Two made-up words: the rest of the name outweighs a common first name shared with other tests' accused. */
    private static String family() {
        return Unique.word() + " " + Unique.word();
    }

    private long register(RabtaUser user, String fir, int daysAgo, AccusedRequest... accused) {
        return investigations.register(user, new InvestigationRequest(fir, today().minusDays(daysAgo), LAHORE,
                List.of(Offence.PTPA_2018_S3), "Inspector Nadia Butt", List.of(), List.of(accused), null));
    }
}
