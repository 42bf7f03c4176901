package org.rabta.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseRegistrationTest {

    private final CaseRegistration cases;

    private final CaseQueries queries;

    private final CaseNotesAndAttachments notesAndAttachments;

    private final CaseFixtures fixtures;

    private final JdbcClient jdbc;

    @Test
    void caseNumberComesFromTheDistrictsProvinceAndTheIdentificationYear() {
        CaseForm form = CaseFixtures.form();
        form.setIdentifiedOn(LocalDate.of(2019, 5, 4));
        VictimCase lahore = fixtures.register("fia.lahore", form);
        assertThat(lahore.getCaseNumber()).matches("PB-2019-\\d{6}");
        assertThat(lahore.getProvinceCode()).isEqualTo("PK6");

        CaseForm karachi = CaseFixtures.form();
        karachi.setDistrictCode(districtIn("PK7"));
        karachi.setIdentifiedOn(LocalDate.of(2019, 5, 4));
        assertThat(fixtures.register("fia.karachi", karachi).getCaseNumber()).matches("SD-2019-\\d{6}");

        CaseForm next = CaseFixtures.form();
        next.setIdentifiedOn(LocalDate.of(2019, 12, 31));
        VictimCase following = fixtures.register("police.lahore", next);
        assertThat(sequence(following)).isEqualTo(sequence(lahore) + 1);
    }

    @Test
    void everyProvinceHasItsPrefix() {
        for (String[] province : new String[][] {{"PK1", "AK"}, {"PK2", "BA"}, {"PK3", "GB"}, {"PK4", "IS"}, {"PK5", "KP"}}) {
            CaseForm form = CaseFixtures.form();
            form.setDistrictCode(districtIn(province[0]));
            assertThat(fixtures.register("fia.lahore", form).getCaseNumber()).startsWith(province[1] + "-");
        }
    }

    @Test
    void concurrentRegistrationsGetDistinctConsecutiveNumbers() throws Exception {
        int registrations = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < registrations; i++) {
                String username = i % 2 == 0 ? "fia.lahore" : "ngo.lahore";
                tasks.add(() -> {
                    CaseForm form = CaseFixtures.form();
                    form.setIdentifiedOn(LocalDate.of(1977, 3, 1));
                    return fixtures.register(username, form).getCaseNumber();
                });
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(tasks)) {
                numbers.add(future.get());
            }
            assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.startsWith("PB-1977-"));
            List<Integer> sequences = numbers.stream().map(n -> Integer.parseInt(n.substring(8))).sorted().toList();
            assertThat(sequences.getLast() - sequences.getFirst()).isEqualTo(registrations - 1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRejectedRegistrationSavesNothingAndUsesNoNumber() {
        CaseForm first = CaseFixtures.form();
        first.setIdentifiedOn(LocalDate.of(1981, 1, 1));
        VictimCase before = fixtures.register("fia.lahore", first);

        CaseForm bad = CaseFixtures.form();
        bad.setIdentifiedOn(LocalDate.of(1981, 2, 1));
        bad.setCnic("12345-123");
        assertThatThrownBy(() -> fixtures.register("fia.lahore", bad)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from victim_case where last_name = :name").param("name", bad.getLastName())
                .query(Long.class).single()).isZero();

        CaseForm after = CaseFixtures.form();
        after.setIdentifiedOn(LocalDate.of(1981, 3, 1));
        assertThat(sequence(fixtures.register("fia.lahore", after))).isEqualTo(sequence(before) + 1);
    }

    @Test
    void identifiersAreStoredNormalised() {
        CaseForm form = CaseFixtures.form();
        form.setCnic("3520212345671");
        form.setPhone("0300 1234567");
        form.setPassportNumber(" ab1234567 ");
        form.setNationality("pk");
        VictimCase saved = fixtures.register("fia.lahore", form);
        assertThat(saved.getPerson().getCnic()).isEqualTo("35202-1234567-1");
        assertThat(saved.getPerson().getPhone()).isEqualTo("+923001234567");
        assertThat(saved.getPerson().getPassportNumber()).isEqualTo("AB1234567");
        assertThat(saved.getPerson().getNationality()).isEqualTo("PK");
    }

    @Test
    void ageComesFromTheDateOfBirthAtIdentification() {
        CaseForm form = CaseFixtures.form();
        form.setAgeYears(null);
        form.setIdentifiedOn(LocalDate.of(2024, 6, 1));
        form.setDateOfBirth(LocalDate.of(2010, 6, 2));
        VictimCase saved = fixtures.register("fia.lahore", form);
        assertThat(saved.getPerson().getAgeYears()).isEqualTo(13);
        assertThat(saved.isChild()).isTrue();
        assertThat(jdbc.sql("select birth_year from victim_case where id = :id").param("id", saved.getId())
                .query(Integer.class).single()).isEqualTo(2010);
    }

    @Test
    void otherAgenciesCannotReadOrChangeACase() {
        VictimCase victimCase = fixtures.register("fia.lahore");
        String number = victimCase.getCaseNumber();
        for (String outsider : List.of("fia.karachi", "police.lahore", "admin", "analyst", "committee.lahore")) {
            assertThatThrownBy(() -> queries.get(fixtures.user(outsider), number)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> notesAndAttachments.addNote(fixtures.user(outsider), number, "x", false))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(queries.get(fixtures.user("fia.lahore.supervisor"), number).getCaseNumber()).isEqualTo(number);
    }

    @Test
    void aStaleEditIsRefusedWithWhoChangedTheCase() {
        VictimCase victimCase = fixtures.register("fia.lahore");
        CaseForm mine = cases.editForm(fixtures.user("fia.lahore"), victimCase.getCaseNumber());
        CaseForm theirs = cases.editForm(fixtures.user("fia.lahore.supervisor"), victimCase.getCaseNumber());
        theirs.setFirstName("Rukhsana Bibi");
        cases.update(fixtures.user("fia.lahore.supervisor"), victimCase.getCaseNumber(), theirs);

        mine.setAliases("Shano");
        assertThatThrownBy(() -> cases.update(fixtures.user("fia.lahore"), victimCase.getCaseNumber(), mine))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("Nadia Chaudhry (fia.lahore.supervisor)"));
        assertThat(queries.get(fixtures.user("fia.lahore"), victimCase.getCaseNumber()).getPerson().getAliases()).isNull();
    }

    @Test
    void anEditOfTheExternalReferenceAloneIsSavedShownAndAudited() {
        VictimCase victimCase = fixtures.register("fia.lahore");
        CaseForm form = cases.editForm(fixtures.user("fia.lahore"), victimCase.getCaseNumber());
        form.setExternalReference("FIA-LHR-2026-7731");
        cases.update(fixtures.user("fia.lahore"), victimCase.getCaseNumber(), form);

        assertThat(queries.get(fixtures.user("fia.lahore"), victimCase.getCaseNumber()).getExternalReference())
                .isEqualTo("FIA-LHR-2026-7731");
        assertThat(jdbc.sql("select details from case_event where case_id = :id and type = 'EDITED'")
                .param("id", victimCase.getId()).query(String.class).list()).containsExactly("externalReference");
        assertThat(jdbc.sql("select details from audit_event where action = 'CASE_UPDATED' and target_id = :n")
                .param("n", victimCase.getCaseNumber()).query(String.class).list())
                .singleElement().asString().contains("externalReference: ", "-> FIA-LHR-2026-7731");
    }

    private String districtIn(String province) {
        return jdbc.sql("select min(code) from district where province_code = :p").param("p", province).query(String.class).single();
    }

    private static int sequence(VictimCase victimCase) {
        return Integer.parseInt(victimCase.getCaseNumber().substring(8));
    }
}
