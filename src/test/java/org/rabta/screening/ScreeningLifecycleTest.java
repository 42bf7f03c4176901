package org.rabta.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rabta.screening.ScreeningFixtures.CASEWORKER;
import static org.rabta.screening.ScreeningFixtures.OTHER_AGENCY;
import static org.rabta.screening.ScreeningFixtures.SUPERVISOR;
import static org.rabta.screening.ScreeningFixtures.TRAFFICKED;

import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.cases.CaseFilter;
import org.rabta.cases.CasesApi;
import org.rabta.cases.VictimCase;
import org.rabta.screening.engine.Answer;
import org.rabta.screening.engine.Fact;
import org.rabta.screening.engine.Facts;
import org.rabta.screening.engine.Flag;
import org.rabta.screening.engine.Outcome;
import org.rabta.screening.engine.RuleSets;
import org.rabta.screening.indicators.Indicator;
import org.rabta.screening.indicators.IndicatorDimension;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.InvalidInputException;
import org.rabta.shared.RecordNotFoundException;
import org.rabta.shared.Violation;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@RabtaIntegrationTest
@RequiredArgsConstructor
class ScreeningLifecycleTest {

    private final ScreeningReads reads;
    private final ScreeningRecording recording;
    private final ScreeningReview reviews;
    private final CasesApi cases;
    private final ScreeningFixtures fixtures;
    private final JdbcClient jdbc;

    @Test
    void storesTheFactsTheAgeAndTheEnginesResultWithTheRuleSetVersion() {
        String caseNumber = fixtures.newCase(CASEWORKER, 15);
        Screening screening = recording.create(fixtures.user(CASEWORKER), caseNumber,
                ScreeningFixtures.submit(TRAFFICKED.with(Fact.MEANS_FRAUD_OR_DECEPTION, Answer.NO), null, null));

        ScreeningRecord stored = reads.get(fixtures.user(CASEWORKER), screening.getId());
        Screening s = stored.screening();
        assertThat(s.getAgeYears()).isEqualTo(15);
        assertThat(s.getFacts()).hasSize(Fact.values().length);
        assertThat(s.getFacts().get(Fact.ACT_RECRUITED)).isEqualTo(Answer.YES);
        assertThat(s.getFacts().get(Fact.MEANS_FRAUD_OR_DECEPTION)).isEqualTo(Answer.NO);
        assertThat(s.getFacts().get(Fact.MEANS_FORCE)).isEqualTo(Answer.UNKNOWN);
        assertThat(s.getOutcome()).isEqualTo(Outcome.TRAFFICKING);
        assertThat(s.elements().child()).isEqualTo(Answer.YES);
        assertThat(s.elements().trafficking()).isEqualTo(Answer.YES);
        assertThat(s.flagList()).contains(Flag.CHILD, Flag.NON_PUNISHMENT);
        assertThat(s.getCompetentAgency().name()).isEqualTo("POLICE");
        assertThat(s.getRulesetVersion()).isEqualTo(RuleSets.current().version());
        assertThat(s.getStatus()).isEqualTo(ScreeningStatus.SUBMITTED);
        assertThat(s.getDetermination()).isEqualTo(Outcome.TRAFFICKING);
        assertThat(s.getSubmitted().getBy()).isEqualTo(CASEWORKER);
        assertThat(s.getSubmitted().getAt()).isNotNull();
        assertThat(stored.advice().nextSteps()).extracting(NextStep::code).startsWith("childProtection");
        assertThat(stored.mayEdit()).isFalse();
        assertThat(stored.mayReview()).isFalse();
        assertThat(timeline(caseNumber)).contains("SCREENING_DETERMINED:TRAFFICKING");
        assertThat(auditActions(caseNumber)).contains("SCREENING_DETERMINED", "SCREENING_VIEWED");
    }

    /** Taken across the border irregularly by a paid agent: moved, nothing more. */
    private static final Facts SMUGGLED = Facts.of(java.util.Map.of(Fact.ACT_TRANSPORTED, Answer.YES,
            Fact.BORDER_CROSSED, Answer.YES, Fact.ENTRY_OR_EXIT_IRREGULAR, Answer.YES, Fact.FACILITATOR_INVOLVED, Answer.YES,
            Fact.FACILITATOR_BENEFIT, Answer.YES, Fact.DESTINATION_NATIONAL_OR_RESIDENT, Answer.NO));

    @Test
    void plainSmugglingIsStoredWithoutTheTraffickingIndicatorsFlagAndAnIndicatorTickedRaisesIt() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening plain = recording.create(fixtures.user(CASEWORKER), caseNumber, ScreeningFixtures.draft(SMUGGLED));
        assertThat(plain.getRulesetVersion()).isEqualTo("PK-2018.2");
        assertThat(plain.getOutcome()).isEqualTo(Outcome.SMUGGLING);
        assertThat(plain.flagList()).doesNotContain(Flag.TRAFFICKING_INDICATORS_PRESENT);

        Screening ticked = recording.revise(fixtures.user(CASEWORKER), plain.getId(), plain.getVersion(),
                new ScreeningCommand(null, SMUGGLED, Set.of(Indicator.DECEIVED_WAGES), null, null, true));
        assertThat(ticked.flagList()).contains(Flag.TRAFFICKING_INDICATORS_PRESENT);
        assertThat(reads.get(fixtures.user(CASEWORKER), plain.getId()).advice().result().flags())
                .contains(Flag.TRAFFICKING_INDICATORS_PRESENT);
    }

    @Test
    void aScreeningRecordedUnderTheFirstReleaseIsReadAgainUnderIt() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening screening = recording.create(fixtures.user(CASEWORKER), caseNumber, ScreeningFixtures.draft(SMUGGLED));
        // As stored before PK-2018.2 was released.
        jdbc.sql("update screening set ruleset_version = 'PK-2018.1' where id = :id").param("id", screening.getId()).update();

        ScreeningRecord old = reads.get(fixtures.user(CASEWORKER), screening.getId());

        assertThat(old.screening().getRulesetVersion()).isEqualTo("PK-2018.1");
        assertThat(old.advice().result().rulesetVersion()).isEqualTo("PK-2018.1");
        assertThat(old.advice().result().flags()).contains(Flag.TRAFFICKING_INDICATORS_PRESENT);
    }

    @Test
    void theQuestionnairesAgeIsUsedWhenTheCaseRecordsNone() {
        String caseNumber = fixtures.newCase(CASEWORKER, null);
        Screening screening = recording.create(fixtures.user(CASEWORKER), caseNumber,
                new ScreeningCommand(16, TRAFFICKED, Set.of(), null, null, true));
        assertThat(screening.getAgeYears()).isEqualTo(16);
        assertThat(screening.flagList()).contains(Flag.CHILD);
    }

    @Test
    void aDraftIsSavedAndResumedThenSubmitted() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening draft = recording.create(fixtures.user(CASEWORKER), caseNumber,
                ScreeningFixtures.draft(Facts.yes(Fact.ACT_RECRUITED)));
        assertThat(draft.getStatus()).isEqualTo(ScreeningStatus.DRAFT);
        assertThat(draft.getDetermination()).isNull();
        assertThat(draft.getOutcome()).isEqualTo(Outcome.POSSIBLE_TRAFFICKING);
        assertThat(timeline(caseNumber)).noneMatch(event -> event.startsWith("SCREENING_"));
        assertThat(auditActions(caseNumber)).contains("SCREENING_CREATED");

        ScreeningRecord resumed = reads.get(fixtures.user(CASEWORKER), draft.getId());
        assertThat(resumed.mayEdit()).isTrue();
        assertThat(resumed.screening().input().facts()).isEqualTo(Facts.yes(Fact.ACT_RECRUITED));

        Screening revised = recording.revise(fixtures.user(CASEWORKER), draft.getId(), resumed.screening().getVersion(),
                new ScreeningCommand(null, TRAFFICKED, Set.of(Indicator.DECEIVED_NATURE_OF_JOB, Indicator.EXCESSIVE_HOURS),
                        null, null, true));
        assertThat(revised.getOutcome()).isEqualTo(Outcome.TRAFFICKING);
        assertThat(revised.indicatorCodes()).containsExactly("DECEIVED_NATURE_OF_JOB", "EXCESSIVE_HOURS");

        Screening submitted = recording.revise(fixtures.user(CASEWORKER), draft.getId(), revised.getVersion(),
                ScreeningFixtures.submit(TRAFFICKED, null, null));
        assertThat(submitted.getStatus()).isEqualTo(ScreeningStatus.SUBMITTED);
        assertThat(submitted.getDetermination()).isEqualTo(Outcome.TRAFFICKING);
        assertThat(auditActions(caseNumber)).contains("SCREENING_UPDATED", "SCREENING_DETERMINED");
    }

    @Test
    void aStaleRevisionIsRefusedAndNothingIsSaved() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening draft = recording.create(fixtures.user(CASEWORKER), caseNumber, ScreeningFixtures.draft(TRAFFICKED));
        long loaded = draft.getVersion();
        recording.revise(fixtures.user(CASEWORKER), draft.getId(), loaded, ScreeningFixtures.draft(Facts.none()));

        assertThatThrownBy(() -> recording.revise(fixtures.user(SUPERVISOR), draft.getId(), loaded,
                ScreeningFixtures.submit(TRAFFICKED, null, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(reads.get(fixtures.user(CASEWORKER), draft.getId()).screening().getStatus())
                .isEqualTo(ScreeningStatus.DRAFT);
    }

    @Test
    void aDeterminationThatDiffersFromTheEngineNeedsAReason() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        assertThatThrownBy(() -> recording.create(fixtures.user(CASEWORKER), caseNumber,
                ScreeningFixtures.submit(TRAFFICKED, Outcome.POSSIBLE_TRAFFICKING, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "screening.error.reasonRequired")));
        assertThat(reads.history(fixtures.user(CASEWORKER), caseNumber).screenings()).isEmpty();

        Screening overridden = recording.create(fixtures.user(CASEWORKER), caseNumber,
                ScreeningFixtures.submit(TRAFFICKED, Outcome.POSSIBLE_TRAFFICKING, "The employer's account contradicts hers."));
        assertThat(overridden.getOutcome()).isEqualTo(Outcome.TRAFFICKING);
        assertThat(overridden.getDetermination()).isEqualTo(Outcome.POSSIBLE_TRAFFICKING);
        assertThat(overridden.isOverride()).isTrue();
        assertThat(overridden.getDeterminationReason()).isEqualTo("The employer's account contradicts hers.");
    }

    @Test
    void theSupervisorConfirmsAndTheCaseListShowsAndFiltersTheDetermination() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening submitted = recording.create(fixtures.user(CASEWORKER), caseNumber,
                ScreeningFixtures.submit(TRAFFICKED, Outcome.SMUGGLED_AND_TRAFFICKED, "She was taken across to Iran first."));
        long caseVersion = cases.get(fixtures.user(CASEWORKER), caseNumber).getVersion();

        Screening confirmed = reviews.confirm(fixtures.user(SUPERVISOR), submitted.getId(), submitted.getVersion());
        assertThat(confirmed.getStatus()).isEqualTo(ScreeningStatus.CONFIRMED);
        assertThat(confirmed.getReviewed().getBy()).isEqualTo(SUPERVISOR);
        VictimCase victimCase = cases.get(fixtures.user(CASEWORKER), caseNumber);
        assertThat(victimCase.getConfirmedDetermination()).isEqualTo("SMUGGLED_AND_TRAFFICKED");
        assertThat(victimCase.getVersion()).as("confirming does not make an open edit of the case stale").isEqualTo(caseVersion);
        assertThat(timeline(caseNumber)).contains("SCREENING_CONFIRMED:SMUGGLED_AND_TRAFFICKED");
        assertThat(auditActions(caseNumber)).contains("SCREENING_CONFIRMED");

        CaseFilter filter = CaseFilter.empty().withQuery(caseNumber);
        assertThat(cases.list(fixtures.user(CASEWORKER), withDetermination(filter, "SMUGGLED_AND_TRAFFICKED")).cases())
                .extracting(VictimCase::getCaseNumber).containsExactly(caseNumber);
        assertThat(cases.list(fixtures.user(CASEWORKER), withDetermination(filter, "TRAFFICKING")).cases()).isEmpty();

        assertThatThrownBy(() -> reviews.confirm(fixtures.user(SUPERVISOR), submitted.getId(), confirmed.getVersion()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theLatestConfirmationIsTheCasesDetermination() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening first = recording.create(fixtures.user(CASEWORKER), caseNumber, ScreeningFixtures.submit(Facts.yes(Fact.ACT_RECRUITED), null, null));
        reviews.confirm(fixtures.user(SUPERVISOR), first.getId(), first.getVersion());
        Screening second = recording.create(fixtures.user(CASEWORKER), caseNumber, ScreeningFixtures.submit(TRAFFICKED, null, null));
        reviews.confirm(fixtures.user(SUPERVISOR), second.getId(), second.getVersion());

        assertThat(cases.get(fixtures.user(CASEWORKER), caseNumber).getConfirmedDetermination()).isEqualTo("TRAFFICKING");
        assertThat(reads.history(fixtures.user(CASEWORKER), caseNumber).screenings())
                .extracting(Screening::getId).containsExactly(second.getId(), first.getId());
    }

    @Test
    void theSupervisorReturnsWithACommentAndTheCaseworkerResubmits() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening submitted = recording.create(fixtures.user(CASEWORKER), caseNumber, ScreeningFixtures.submit(TRAFFICKED, null, null));

        assertThatThrownBy(() -> reviews.giveBack(fixtures.user(SUPERVISOR), submitted.getId(), submitted.getVersion(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("comment"));

        Screening returned = reviews.giveBack(fixtures.user(SUPERVISOR), submitted.getId(), submitted.getVersion(),
                "Ask whether she crossed the border.");
        assertThat(returned.getStatus()).isEqualTo(ScreeningStatus.RETURNED);
        assertThat(returned.getSupervisorComment()).isEqualTo("Ask whether she crossed the border.");
        assertThat(timeline(caseNumber)).contains("SCREENING_RETURNED:TRAFFICKING");
        assertThat(auditActions(caseNumber)).contains("SCREENING_RETURNED");
        assertThat(cases.get(fixtures.user(CASEWORKER), caseNumber).getConfirmedDetermination()).isNull();

        assertThat(reads.get(fixtures.user(CASEWORKER), submitted.getId()).mayEdit()).isTrue();
        Screening resubmitted = recording.revise(fixtures.user(CASEWORKER), submitted.getId(), returned.getVersion(),
                ScreeningFixtures.submit(TRAFFICKED.with(Fact.BORDER_CROSSED, Answer.YES), null, null));
        assertThat(resubmitted.getStatus()).isEqualTo(ScreeningStatus.SUBMITTED);
        assertThat(resubmitted.getCompetentAgency().name()).isEqualTo("FIA");
    }

    @Test
    void aCaseworkerCannotConfirmOrReturnAndOtherAgenciesSeeNothing() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening submitted = recording.create(fixtures.user(CASEWORKER), caseNumber, ScreeningFixtures.submit(TRAFFICKED, null, null));
        long id = submitted.getId();
        long version = submitted.getVersion();

        assertThatThrownBy(() -> reviews.confirm(fixtures.user(CASEWORKER), id, version)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> reviews.giveBack(fixtures.user(CASEWORKER), id, version, "no")).isInstanceOf(RecordNotFoundException.class);
        for (String outsider : List.of(OTHER_AGENCY, "police.lahore", "committee.lahore", "admin", "analyst")) {
            assertThatThrownBy(() -> reads.get(fixtures.user(outsider), id)).as(outsider).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> reads.history(fixtures.user(outsider), caseNumber)).as(outsider)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> recording.create(fixtures.user(outsider), caseNumber, ScreeningFixtures.draft(TRAFFICKED)))
                    .as(outsider).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> reviews.confirm(fixtures.user(outsider), id, version)).as(outsider)
                    .isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(reads.get(fixtures.user(CASEWORKER), id).screening().getStatus()).isEqualTo(ScreeningStatus.SUBMITTED);
    }

    @Test
    void indicatorsAreReadByDimensionAndSuggestFactsWithoutChangingTheOutcome() {
        String caseNumber = fixtures.newCase(CASEWORKER, 30);
        Screening screening = recording.create(fixtures.user(CASEWORKER), caseNumber, new ScreeningCommand(null,
                Facts.yes(Fact.ACT_RECRUITED), Set.of(Indicator.DOCUMENTS_CONFISCATED, Indicator.THREATS_OF_VIOLENCE), null, null, true));
        ScreeningRecord stored = reads.get(fixtures.user(CASEWORKER), screening.getId());
        assertThat(stored.screening().getOutcome()).isEqualTo(Outcome.POSSIBLE_TRAFFICKING);
        assertThat(stored.advice().indicators().positiveDimensions()).containsExactly(IndicatorDimension.COERCION_AT_DESTINATION);
        assertThat(stored.advice().indicators().suggestedFacts()).containsExactly(Fact.MEANS_THREATS, Fact.MEANS_DOCUMENTS_WITHHELD);
    }

    private static CaseFilter withDetermination(CaseFilter filter, String determination) {
        return new CaseFilter(filter.q(), null, null, null, null, null, null, null, null, null, determination, null, null, 0, 25);
    }

    private List<String> timeline(String caseNumber) {
        return jdbc.sql("""
                        select e.type || coalesce(':' || e.details, '') from case_event e join victim_case c on c.id = e.case_id
                        where c.case_number = :n order by e.id""")
                .param("n", caseNumber).query(String.class).list();
    }

    private List<String> auditActions(String caseNumber) {
        return jdbc.sql("select action from audit_event where case_number = :n order by id")
                .param("n", caseNumber).query(String.class).list();
    }
}
