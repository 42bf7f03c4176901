package org.rabta.cases.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rabta.cases.CaseForm;
import org.rabta.cases.CaseValidator;
import org.rabta.cases.synthetic.SyntheticCaseGenerator.Owner;
import org.rabta.cases.synthetic.SyntheticCaseGenerator.Place;
import org.rabta.cases.synthetic.SyntheticCaseGenerator.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticCaseGeneratorTest {

    private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");
    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, KARACHI);
    private static final int COUNT = 20_000;

    private static final List<Place> PLACES = places();
    private static final Owner FIA = new Owner(1, "FIA-AHTC-LHR", "FIA", codes("PB"),
            List.of(new Staff(11, "fia.lahore", "Imran Qureshi"), new Staff(12, "fia.lahore.supervisor", "Nadia Chaudhry")));
    private static final Owner NGO = new Owner(2, "NGO-LHR", "NGO", Set.of("PB01"), List.of(new Staff(21, "ngo.lahore", "Saima Butt")));
    private static final Owner SINDH_FIA = new Owner(3, "FIA-AHTC-KHI", "FIA", codes("SD"),
            List.of(new Staff(31, "fia.karachi", "Kamran Memon")));

    private static List<SyntheticCase> generate(long seed) {
        SyntheticCaseGenerator generator = new SyntheticCaseGenerator(seed, PLACES, List.of(FIA, NGO, SINDH_FIA),
                LocalDate.of(2020, 1, 1), NOW, KARACHI, COUNT);
        return IntStream.range(0, COUNT).mapToObj(generator::next).toList();
    }

    private static final List<SyntheticCase> CASES = generate(7);

    @Test
    void theSameSeedGivesTheSameCases() {
        assertThat(generate(7).subList(0, 50)).isEqualTo(CASES.subList(0, 50));
        assertThat(generate(8).subList(0, 50)).isNotEqualTo(CASES.subList(0, 50));
    }

    /** As the loader checks each case before writing it: a generator that broke a rule would stop every load. */
    @Test
    void everyCasePassesTheRegistrationRules() {
        Set<String> districts = PLACES.stream().map(Place::code).collect(Collectors.toSet());
        for (SyntheticCase c : CASES) {
            CaseForm form = c.form();
            form.normalise();
            assertThat(CaseValidator.validate(form, TODAY, districts::contains)).as(c.toString()).isEmpty();
        }
    }

    @Test
    void theMixOfPersonsFollowsThePoliceStatistics() {
        // 2020: 15,255 women, 9,581 men, 6,937 children and 249 transgender persons of 32,022.
        assertThat(share(c -> c.ageYears() != null && c.ageYears() < 18)).isCloseTo(6937 / 32022.0, within(0.015));
        assertThat(share(c -> c.sex().equals("FEMALE") && adult(c))).isCloseTo(15255 / 32022.0, within(0.02));
        assertThat(share(c -> c.sex().equals("MALE") && adult(c))).isCloseTo(9581 / 32022.0, within(0.02));
        assertThat(share(c -> c.sex().equals("TRANSGENDER"))).isCloseTo(249 / 32022.0, within(0.003));
        assertThat(share(c -> c.exploitationTypes().contains("SEXUAL_EXPLOITATION"))).isBetween(0.25, 0.45);
        assertThat(share(c -> c.cnic() != null)).isBetween(0.2, 0.45);
    }

    @Test
    void everyDistrictAppearsAndPunjabAndSindhHoldMost() {
        assertThat(CASES.stream().map(c -> c.district().code()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(PLACES.stream().map(Place::code).toList());
        assertThat(share(c -> c.district().casePrefix().equals("PB") || c.district().casePrefix().equals("SD")))
                .isCloseTo(0.84, within(0.02));
    }

    @Test
    void casesComeInChronologicalOrderOverTheYearsUpToToday() {
        assertThat(CASES.getFirst().identifiedOn()).isBefore(LocalDate.of(2020, 1, 15));
        assertThat(CASES.getLast().identifiedOn()).isAfter(TODAY.minusDays(10));
        for (int i = 1; i < CASES.size(); i++) {
            assertThat(CASES.get(i).identifiedOn()).isAfterOrEqualTo(CASES.get(i - 1).identifiedOn().minusDays(1));
        }
        Map<Integer, Long> perYear = CASES.stream().collect(Collectors.groupingBy(c -> c.identifiedOn().getYear(), Collectors.counting()));
        assertThat(perYear.get(2025)).isGreaterThan(perYear.get(2021));
    }

    @Test
    void everyCaseIsConsistentAsTheRegistrationFormWouldRequire() {
        for (SyntheticCase c : CASES) {
            assertThat(c.identifiedOn()).isBeforeOrEqualTo(TODAY);
            assertThat(c.createdAt()).isBeforeOrEqualTo(NOW).isAfterOrEqualTo(c.identifiedOn().atStartOfDay(KARACHI).toInstant());
            assertThat(c.owner().districtCodes().contains(c.district().code()) || c.owner().type().equals("FIA")).isTrue();
            assertThat(c.owner().staff()).contains(c.caseworker());
            if (c.dateOfBirth() != null) {
                assertThat(java.time.Period.between(c.dateOfBirth(), c.identifiedOn()).getYears()).isEqualTo(c.ageYears());
            }
            if (c.cnic() != null) {
                assertThat(c.cnic()).matches("\\d{5}-\\d{7}-\\d");
                int last = c.cnic().charAt(14) - '0';
                assertThat(last % 2).isEqualTo(c.sex().equals("MALE") ? 1 : c.sex().equals("FEMALE") ? 0 : last % 2);
            }
            if (c.phone() != null) {
                assertThat(c.phone()).matches("\\+923\\d{9}");
            }
            boolean consentAsked = !c.consentDataProcessing().equals("NOT_ASKED") || !c.consentReferral().equals("NOT_ASKED");
            assertThat(c.consentDate() != null).isEqualTo(consentAsked);
            if (consentAsked && c.ageYears() != null && c.ageYears() < 18) {
                assertThat(c.consentOnBehalfOf()).isNotBlank();
            }
            assertThat(c.exploitationTypes()).isNotEmpty().isSorted();
            assertThat(c.closed()).isEqualTo(c.status().startsWith("CLOSED"));
            if (c.closed()) {
                assertThat(c.closedOn()).isAfterOrEqualTo(c.identifiedOn()).isBeforeOrEqualTo(TODAY);
                assertThat(c.closeReason()).isNotBlank();
            }
            c.notes().forEach(note -> assertThat(note.at()).isAfter(c.createdAt()).isBeforeOrEqualTo(NOW));
        }
    }

    @Test
    void somePersonsAreRegisteredAgainByAnotherAgencyUnderAnotherSpelling() {
        Map<String, List<SyntheticCase>> byCnic = CASES.stream().filter(c -> c.cnic() != null)
                .collect(Collectors.groupingBy(SyntheticCase::cnic));
        List<List<SyntheticCase>> twice = byCnic.values().stream().filter(group -> group.size() > 1).toList();
        assertThat(twice.size()).isGreaterThan(20);
        assertThat(twice).anyMatch(group -> !group.get(0).firstName().equals(group.get(1).firstName())
                || !group.get(0).lastName().equals(group.get(1).lastName()));
        assertThat(twice).allMatch(group -> group.get(0).owner() != group.get(1).owner());
    }

    private static boolean adult(SyntheticCase c) {
        return c.ageYears() == null || c.ageYears() >= 18;
    }

    private static double share(Predicate<SyntheticCase> test) {
        return CASES.stream().filter(test).count() / (double) CASES.size();
    }

    private static List<Place> places() {
        List<Place> places = new ArrayList<>();
        Map<String, Integer> districtsPerProvince = Map.of("PB", 36, "SD", 30, "KP", 35, "BA", 30, "IS", 1, "GB", 10, "AK", 10);
        districtsPerProvince.forEach((prefix, count) -> {
            for (int i = 1; i <= count; i++) {
                places.add(new Place(prefix + "%02d".formatted(i), "P-" + prefix, prefix, i == 1 && prefix.equals("PB") ? "Lahore" : prefix + " district " + i));
            }
        });
        places.sort(java.util.Comparator.comparing(Place::code));
        return places;
    }

    private static Set<String> codes(String prefix) {
        Set<String> codes = new HashSet<>();
        PLACES.stream().filter(place -> place.casePrefix().equals(prefix)).forEach(place -> codes.add(place.code()));
        return codes;
    }
}
