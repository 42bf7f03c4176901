package org.rabta.cases;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.StaffMember;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;
import org.rabta.accounts.UserAdministration;
import org.rabta.cases.CaseFilter.AgeGroup;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.rabta.support.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.Districts.LAHORE;

/** The list's search as docs/PERFORMANCE.md shapes it at a million cases: name ranking, paging, counts, pick lists. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseSearchTest {

    private final CaseQueries cases;
    private final CaseLifecycle lifecycle;
    private final CaseFixtures fixtures;
    private final CaseRegistration registration;
    private final UserAccountService accounts;
    private final UserAdministration administration;
    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final EntityManager entityManager;

    @Test
    void aNameSearchRanksTheCloserNameFirstThenTheNewestAndPagesNeitherOverlapNorSkip() {
        String surname = Unique.word();
        LocalDate day = LocalDate.of(1986, 5, 20);
        List<String> exact = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            exact.add(register("Rukhsana", surname, day.minusDays(i), 24).getCaseNumber());
        }
        // one letter off, and newer than every exact match: still found, but ranked after them
        String misspelt = register("Rukhsana", oneLetterOff(surname), day.plusDays(1), 24)
                .getCaseNumber();
        RabtaUser fia = fixtures.user("fia.lahore");

        List<String> shown = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            CaseList result = cases.list(fia, nameFilter("Rukhsana " + surname, day, page, 2));
            assertThat(result.cases().stream().filter(row -> exact.contains(row.getCaseNumber())))
                    .as("page %d is newest first among equally close names", page)
                    .isSortedAccordingTo((a, b) -> b.getIdentifiedOn().compareTo(a.getIdentifiedOn()));
            result.cases().forEach(row -> shown.add(row.getCaseNumber()));
            assertThat(result.count()).isEqualTo(6);
            assertThat(result.countCapped()).isFalse();
            assertThat(result.hasNext()).isEqualTo(page < 2);
        }
        assertThat(shown).doesNotHaveDuplicates().hasSize(6);
        assertThat(shown.subList(0, 5)).containsExactlyInAnyOrderElementsOf(exact);
        assertThat(shown.getLast()).isEqualTo(misspelt);
    }

    /**
     * Many cases at exactly the same distance, read page by page with another filter. Each page is planned for its own
     * limit and offset, so at a million cases one page is read nearest first from the GiST index and the next by
     * another index and a top-N sort of another size; here every other page is read without index scans, as such a
     * plan reads it. Ordered by the distance alone, equally close cases came in another order from page to page, and a
     * case showed twice while another was never shown.
     */
    @Test
    void aFilteredNameSearchPagesManyEquallyCloseNamesWithoutOverlapOrGap() {
        String surname = Unique.word();
        LocalDate day = LocalDate.of(1979, 7, 3);
        Set<String> registered = new java.util.HashSet<>();
        for (int i = 0; i < 15; i++) {
            registered.add(register("Parveen", surname, day, 30).getCaseNumber());
        }
        RabtaUser fia = fixtures.user("fia.lahore");

        for (int size : List.of(2, 4)) {
            List<String> shown = new ArrayList<>();
            for (int page = 0; page * size < registered.size(); page++) {
                CaseFilter filter = nameFilter("Parveen " + surname, day, page, size);
                (page % 2 == 0 ? cases.list(fia, filter) : withoutIndexScans(fia, filter)).cases()
                        .forEach(row -> shown.add(row.getCaseNumber()));
            }
            assertThat(shown).as("pages of %d", size).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(registered);
        }
    }

    /**
     * The filtered name search's total order is one an index returns as it reads: nearest first, then by case id,
     * stopping after the page. Ordered by the plain id, no index could, and at a million cases PostgreSQL read every
     * equally close case of every agency before the first page (3 s for a common name with a broad filter). With sorts
     * priced out, the plan is an index scan ordered by both distances, and no sort.
     */
    @Test
    void aFilteredNameSearchIsReadNearestFirstThenByIdFromAnIndexWithoutSorting() {
        String plan = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local enable_sort = off; set local enable_seqscan = off; set local enable_bitmapscan = off").update();
            return String.join("\n", jdbc.sql("explain (costs off) select c.id from victim_case c"
                            + " where c.owning_agency_id = 1 and rabta_name_key(:name) <% c.name_key and c.sex = 'FEMALE'"
                            + " order by " + CaseSearch.NEAREST_THEN_ID + " limit 26 offset 25")
                    .param("name", "Parveen Akhtar").query(String.class).list());
        });
        assertThat(plan).contains("Index Scan using victim_case_agency_name_id_gist_idx").doesNotContain("Sort");
    }

    /**
     * The search box's name search (no other filter): its pages, all read by one generic plan, neither overlap nor skip
     * among many equally close names, and its count, from the agency's distinct name keys (V95), counts them all. Its
     * first name is the test's own: with no date window, another test's "Parveen" and random surname were a close match
     * about one run in a thousand, and were counted.
     */
    @Test
    void theSearchBoxNameSearchPagesManyEquallyCloseNamesAndCountsThem() {
        String surname = Unique.word();
        List<String> exact = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            exact.add(register("Shamim", surname, LocalDate.of(1981, 4, 1 + i), 30).getCaseNumber());
        }
        String misspelt = register("Shamim", oneLetterOff(surname), LocalDate.of(1981, 5, 1), 30).getCaseNumber();
        RabtaUser fia = fixtures.user("fia.lahore");

        List<String> shown = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            CaseList result = cases.list(fia, searchBox("Shamim " + surname, page, 2));
            assertThat(result.count()).isEqualTo(8);
            assertThat(result.countCapped()).isFalse();
            assertThat(result.hasNext()).isEqualTo(page < 3);
            assertThat(result.cases().stream().filter(row -> exact.contains(row.getCaseNumber())))
                    .as("page %d is newest first among equally close names", page)
                    .isSortedAccordingTo((a, b) -> b.getIdentifiedOn().compareTo(a.getIdentifiedOn()));
            result.cases().forEach(row -> shown.add(row.getCaseNumber()));
        }
        assertThat(shown).doesNotHaveDuplicates().hasSize(8);
        assertThat(shown.subList(0, 7)).containsExactlyInAnyOrderElementsOf(exact);
        assertThat(shown.getLast()).isEqualTo(misspelt);
    }

    /**
     * The agency's name keys follow every change of a case's name, in the transaction of the change. Both names are
     * changed: with the first name kept, the new name shared a whole word with the old one, and in 204 of 200,000 random
     * pairs of surnames enough trigrams besides for the search to find it, rightly, as a close match (none of 200,000
     * with both names new).
     */
    @Test
    void aRenamedCaseIsFoundByItsNewNameAndNoLongerByItsOldOne() {
        String before = Unique.word();
        String newFirstName = Unique.word();
        String newLastName = Unique.word();
        VictimCase renamed = register("Kulsoom", before, LocalDate.of(1982, 6, 1), 30);
        register("Kulsoom", before, LocalDate.of(1982, 6, 2), 30);
        RabtaUser fia = fixtures.user("fia.lahore");
        CaseForm edit = CaseForm.of(renamed);
        edit.setFirstName(newFirstName);
        edit.setLastName(newLastName);
        registration.update(fia, renamed.getCaseNumber(), edit);

        assertThat(cases.list(fia, searchBox(newFirstName + " " + newLastName, 0, 25)).cases()).extracting(VictimCase::getCaseNumber)
                .containsExactly(renamed.getCaseNumber());
        CaseList old = cases.list(fia, searchBox("Kulsoom " + before, 1, 1));
        assertThat(old.cases()).extracting(VictimCase::getCaseNumber).doesNotContain(renamed.getCaseNumber());
        assertThat(old.count()).as("the old name's key counts one case less").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from victim_case_name_key where cases <= 0").query(Long.class).single())
                .as("a key that no case bears any more is removed").isZero();
    }

    @Test
    void aFilteredCountCountsEveryCaseThatMatchesAllFilters() {
        LocalDate day = LocalDate.of(1986, 8, 12);
        String surname = Unique.surname();
        RabtaUser fia = fixtures.user("fia.lahore");
        for (int i = 0; i < 3; i++) {
            VictimCase child = register("Nasreen", surname, day.minusDays(i), 12);
            if (i < 2) {
                lifecycle.markFollowUp(fia, child.getCaseNumber(), true);
            }
        }
        VictimCase adult = register("Nasreen", surname, day, 30); // in follow-up, but not a child: not counted
        lifecycle.markFollowUp(fia, adult.getCaseNumber(), true);

        CaseList result = cases.list(fia, new CaseFilter(null, CaseStatus.FOLLOW_UP, LAHORE, null, Sex.FEMALE,
                AgeGroup.CHILD, ExploitationType.DOMESTIC_SERVITUDE, day.minusDays(5), day, null, null, null, null, 0, 1));
        assertThat(result.cases()).hasSize(1);
        assertThat(result.hasNext()).isTrue();
        assertThat(result.count()).isEqualTo(2);
        assertThat(result.countCapped()).isFalse();
    }

    @Test
    void theCaseworkerFilterOffersANewCaseworkerAtOnceAndForgetsADeactivatedOne() {
        RabtaUser supervisor = fixtures.user("fia.lahore.supervisor");
        lifecycle.caseworkerChoices(supervisor); // the pick list is in memory now
        String username = "search.cw." + Unique.surname().toLowerCase();
        SystemIdentity.run(() -> accounts.createWithPassword(username, "Aaa Search Caseworker", "FIA-AHTC-LHR",
                Set.of(Role.CASEWORKER), TestUsers.PASSWORD, false));
        UserAccount created = accounts.findByUsername(username).orElseThrow();

        assertThat(lifecycle.caseworkerChoices(supervisor)).contains(new StaffMember(created.getId(), "Aaa Search Caseworker"))
                .isSortedAccordingTo((a, b) -> a.fullName().compareTo(b.fullName()));
        SystemIdentity.run(() -> administration.setActive(created.getId(), false));
        assertThat(lifecycle.caseworkerChoices(supervisor)).extracting(StaffMember::id).doesNotContain(created.getId());
    }

    /**
     * The search box's name search, repeated on one connection (the driver prepares a statement on the server from its
     * fifth use): its page and its count are planned once, generically, not anew for each name (docs/PERFORMANCE.md),
     * and the rest of the page's transaction is planned as usual again.
     */
    @Test
    void theSearchBoxNameSearchIsPlannedOnceAndLeavesTheUsualPlanningToTheRestOfThePage() {
        String surname = Unique.surname();
        register("Shazia", surname, LocalDate.of(1987, 3, 2), 25);
        register("Shazia", surname, LocalDate.of(1987, 3, 3), 25);
        RabtaUser fia = fixtures.user("fia.lahore");
        CaseFilter searchBox = new CaseFilter("Shazia " + surname, null, null, null, null, null, null, null, null, null, null,
                null, null, 0, 1);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Map<String, List<Long>> before = plansOfTheSearchBoxNameSearch();
            for (int i = 0; i < 7; i++) {
                CaseList result = cases.list(fia, searchBox);
                assertThat(result.hasNext()).as("a second page, so the count runs too").isTrue();
                assertThat(result.count()).isGreaterThanOrEqualTo(2);
            }
            Map<String, List<Long>> after = plansOfTheSearchBoxNameSearch();
            assertThat(after).as("the ranked page and the count").hasSize(2).allSatisfy((statement, plans) -> {
                List<Long> earlier = before.getOrDefault(statement, List.of(0L, 0L));
                assertThat(plans.get(1) - earlier.get(1)).as("custom plans of %s", statement).isZero();
                assertThat(plans.get(0) - earlier.get(0)).as("generic plans of %s", statement).isPositive();
            });
            assertThat(jdbc.sql("select current_setting('plan_cache_mode') || ' ' || current_setting('enable_bitmapscan')")
                    .query(String.class).single()).isEqualTo("auto on");
        });
    }

    /**
     * This connection's prepared statements of a name search with no other filter, one case a page: the page and the
     * count, each with its generic and its custom plans so far.
     */
    private Map<String, List<Long>> plansOfTheSearchBoxNameSearch() {
        String nameKey = "(select rabta_name_key($_)) <\\% ";
        return jdbc.sql("select statement, generic_plans, custom_plans from pg_prepared_statements "
                        + "where statement like :page or statement like :count")
                .param("page", "%from victim_case c where c.owning_agency_id = $_ and " + nameKey + "c.name_key order by % limit 2 offset 0")
                .param("count", "%from victim_case_name_key k where k.owning_agency_id = $_ and " + nameKey + "k.name_key limit 101) k")
                .query().listOfRows().stream().collect(Collectors.toMap(row -> (String) row.get("statement"),
                        row -> List.of((Long) row.get("generic_plans"), (Long) row.get("custom_plans"))));
    }

    /** The cases of a list page are only shown: Hibernate keeps no copy of them to compare at the page's commit. */
    @Test
    void theCasesOfAListPageAreLoadedReadOnly() {
        RabtaUser fia = fixtures.user("fia.lahore");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<VictimCase> page = cases.list(fia, CaseFilter.empty()).cases();
            Session session = entityManager.unwrap(Session.class);
            assertThat(page).isNotEmpty().allMatch(session::isReadOnly);
        });
    }

    private VictimCase register(String firstName, String lastName, LocalDate identifiedOn, int age) {
        CaseForm form = CaseFixtures.form();
        form.setFirstName(firstName);
        form.setLastName(lastName);
        form.setIdentifiedOn(identifiedOn);
        form.setAgeYears(age);
        return fixtures.register("fia.lahore", form);
    }

    /** A page read by a plan of another kind: without index scans, a sequential scan and a sort of the page's size. */
    private CaseList withoutIndexScans(RabtaUser user, CaseFilter filter) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local enable_indexscan = off; set local enable_indexonlyscan = off; set local enable_bitmapscan = off")
                    .update();
            return cases.list(user, filter);
        });
    }

    /**
     * The word with its last letter changed to one that no name key reads as the same ("q" was: the key spells it "k",
     * and a word ending in "k" then gave the exact name back).
     */
    private static String oneLetterOff(String word) {
        return word.substring(0, word.length() - 1) + (word.endsWith("x") ? "w" : "x");
    }

    private static CaseFilter searchBox(String q, int page, int size) {
        return new CaseFilter(q, null, null, null, null, null, null, null, null, null, null, null, null, page, size);
    }

    /** Other tests' made-up surnames look alike to a fuzzy search: a date window of its own keeps this one apart. */
    private static CaseFilter nameFilter(String q, LocalDate day, int page, int size) {
        return new CaseFilter(q, null, null, null, null, null, null, day.minusDays(10), day.plusDays(5), null, null, null, null,
                page, size);
    }
}
