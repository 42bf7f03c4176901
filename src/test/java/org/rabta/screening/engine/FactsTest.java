package org.rabta.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rabta.screening.engine.Answer.NO;
import static org.rabta.screening.engine.Answer.UNKNOWN;
import static org.rabta.screening.engine.Answer.YES;
import static org.rabta.screening.engine.Fact.ACT_RECRUITED;
import static org.rabta.screening.engine.Fact.BORDER_CROSSED;
import static org.rabta.screening.engine.Fact.MEANS_FORCE;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FactsTest {

    @ParameterizedTest(name = "{0} has {1} facts")
    @CsvSource({
            "ACT, 6", "MEANS, 10", "PURPOSE, 8", "MOVEMENT, 7", "SMUGGLING_AGGRAVATION, 2", "VULNERABILITY, 6"})
    void everyGroupHasTheContractsFacts(FactGroup group, int count) {
        assertThat(Fact.inGroup(group)).hasSize(count).allMatch(fact -> fact.group() == group);
    }

    @Test
    void factCodesFollowTheirGroup() {
        assertThat(Fact.inGroup(FactGroup.ACT)).allMatch(fact -> fact.name().startsWith("ACT_"));
        assertThat(Fact.inGroup(FactGroup.MEANS)).allMatch(fact -> fact.name().startsWith("MEANS_"));
        assertThat(Fact.inGroup(FactGroup.PURPOSE)).allMatch(fact -> fact.name().startsWith("PURPOSE_"));
        assertThat(Fact.inGroup(FactGroup.SMUGGLING_AGGRAVATION)).allMatch(fact -> fact.name().startsWith("SOM_"));
        assertThat(Fact.inGroup(FactGroup.VULNERABILITY)).allMatch(fact -> fact.name().startsWith("VULN_"));
        assertThat(Fact.inGroup(FactGroup.MOVEMENT)).containsExactly(BORDER_CROSSED, Fact.ENTRY_OR_EXIT_IRREGULAR,
                Fact.STAY_IRREGULAR, Fact.FACILITATOR_INVOLVED, Fact.FACILITATOR_BENEFIT,
                Fact.DESTINATION_NATIONAL_OR_RESIDENT, Fact.MOVEMENT_CONSENTED);
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    void everyFactIsFoundByItsCode(Fact fact) {
        assertThat(Fact.fromCode(fact.name())).contains(fact);
    }

    @Test
    void unknownCodesAreNotFacts() {
        assertThat(Fact.fromCode("ACT_RECRUTED")).isEmpty();
        assertThat(Fact.fromCode("act_recruited")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    void aMissingFactIsUnknown(Fact fact) {
        assertThat(Facts.none().get(fact)).isEqualTo(UNKNOWN);
    }

    @Test
    void withReturnsACopyAndLeavesTheOriginal() {
        Facts original = Facts.yes(ACT_RECRUITED);
        Facts changed = original.with(MEANS_FORCE, NO);

        assertThat(original.get(MEANS_FORCE)).isEqualTo(UNKNOWN);
        assertThat(changed.get(MEANS_FORCE)).isEqualTo(NO);
        assertThat(changed.get(ACT_RECRUITED)).isEqualTo(YES);
    }

    @Test
    void settingUnknownForgetsTheAnswer() {
        Facts facts = Facts.yes(ACT_RECRUITED).with(ACT_RECRUITED, UNKNOWN);

        assertThat(facts.get(ACT_RECRUITED)).isEqualTo(UNKNOWN);
        assertThat(facts).isEqualTo(Facts.none());
    }

    @Test
    void unknownEntriesAreNotStoredSoEqualFactsAreEqual() {
        Facts fromMap = Facts.of(Map.of(ACT_RECRUITED, YES, MEANS_FORCE, UNKNOWN));

        assertThat(fromMap).isEqualTo(Facts.yes(ACT_RECRUITED)).hasSameHashCodeAs(Facts.yes(ACT_RECRUITED));
        assertThat(fromMap.asMap()).containsOnlyKeys(ACT_RECRUITED);
    }

    @Test
    void theMapCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> Facts.yes(ACT_RECRUITED).asMap().put(MEANS_FORCE, YES))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownListsEveryUnansweredFactInOrder() {
        Facts facts = Facts.yes(ACT_RECRUITED).with(BORDER_CROSSED, NO);

        assertThat(facts.unknown()).hasSize(Fact.values().length - 2)
                .doesNotContain(ACT_RECRUITED, BORDER_CROSSED)
                .startsWith(Fact.ACT_TRANSPORTED);
        assertThat(Facts.none().unknown()).containsExactly(Fact.values());
    }

    @Test
    void groupAnswersFollowAny() {
        Facts allNo = Facts.none();
        for (Fact fact : Fact.inGroup(FactGroup.ACT)) {
            allNo = allNo.with(fact, NO);
        }
        assertThat(allNo.any(FactGroup.ACT)).isEqualTo(NO);
        assertThat(allNo.with(ACT_RECRUITED, UNKNOWN).any(FactGroup.ACT)).isEqualTo(UNKNOWN);
        assertThat(allNo.with(Fact.ACT_RECEIVED, YES).any(FactGroup.ACT)).isEqualTo(YES);
        assertThat(Facts.none().any(FactGroup.ACT)).isEqualTo(UNKNOWN);
    }

    @Test
    void withAnswerSelectsInDeclarationOrder() {
        Facts facts = Facts.yes(Fact.MEANS_THREATS, MEANS_FORCE).with(Fact.MEANS_ABDUCTION, NO);

        assertThat(facts.withAnswer(FactGroup.MEANS, YES)).containsExactly(MEANS_FORCE, Fact.MEANS_THREATS);
        assertThat(facts.withAnswer(FactGroup.MEANS, NO)).containsExactly(Fact.MEANS_ABDUCTION);
        assertThat(facts.withAnswer(UNKNOWN, Fact.MEANS_ABDUCTION, BORDER_CROSSED)).containsExactly(BORDER_CROSSED);
    }

    @Test
    void everyFactBelongsToExactlyOneGroup() {
        long grouped = Arrays.stream(FactGroup.values()).mapToLong(group -> Fact.inGroup(group).size()).sum();
        assertThat(grouped).isEqualTo(Fact.values().length);
    }
}
