package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SmallCellsTest {

    private final SmallCells outsider = SmallCells.readerOf(Reach.country());
    private final SmallCells committee = SmallCells.readerOf(Reach.jurisdiction(java.util.Set.of(), java.util.Set.of("PK617")));
    private final SmallCells owner = SmallCells.readerOf(Reach.agency(7, "Agency (CODE)"));

    @Test
    void outsidersSeeOneToFourAsLessThanFiveAndZeroAsZero() {
        for (SmallCells rule : new SmallCells[] {outsider, committee}) {
            assertThat(rule.count(0)).hasToString("0").extracting(Count::cell).isEqualTo(0L);
            for (int n = 1; n <= 4; n++) {
                assertThat(rule.count(n).isSuppressed()).isTrue();
                assertThat(rule.count(n).value()).isNull();
                assertThat(rule.count(n).cell()).isEqualTo("<5");
            }
            assertThat(rule.count(5).cell()).isEqualTo(5L);
            assertThat(rule.count(1234).cell()).isEqualTo(1234L);
        }
    }

    @Test
    void theOwningAgencySeesExactCounts() {
        for (int n = 0; n <= 6; n++) {
            assertThat(owner.count(n).cell()).isEqualTo((long) n);
        }
    }

    @Test
    void theMedianOfFewerThanFiveIsWithheldFromOutsiders() {
        assertThat(outsider.median(30L, 4)).isNull();
        assertThat(outsider.withholdsMedian(30L, 4)).isTrue();
        assertThat(outsider.median(30L, 5)).isEqualTo(30L);
        assertThat(outsider.withholdsMedian(null, 0)).isFalse();
        assertThat(owner.median(30L, 1)).isEqualTo(30L);
        assertThat(owner.withholdsMedian(30L, 1)).isFalse();
    }

    @Test
    void aTotalCannotGiveASuppressedPartOfItsBreakdownBack() {
        assertThat(cells(outsider.breakdown(List.of(6L, 0L, 2L)))).containsExactly("5+", 0L, "<5");
        assertThat(cells(outsider.breakdown(List.of(2L, 3L, 9L)))).as("two hidden, their sum 5 pins neither")
                .containsExactly("<5", "<5", 9L);
        assertThat(cells(outsider.breakdown(List.of(1L, 1L, 9L)))).as("1 + 1 = 2 would pin both")
                .containsExactly("<5", "<5", "5+");
        assertThat(cells(outsider.breakdown(List.of(1L, 5L, 7L, 40L)))).as("withheld 5 leaves the 1 pinned: the next too")
                .containsExactly("<5", "5+", "5+", 40L);
        assertThat(cells(outsider.breakdown(List.of(7L, 0L, 12L)))).containsExactly(7L, 0L, 12L);
        assertThat(cells(owner.breakdown(List.of(6L, 0L, 2L)))).containsExactly(6L, 0L, 2L);
    }

    private static List<Object> cells(List<Count> counts) {
        return counts.stream().map(Count::cell).toList();
    }

    @Test
    void jsonHoldsTheNumberOrTheStringLessThanFive() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(outsider.count(3))).isEqualTo("\"<5\"");
        assertThat(json.writeValueAsString(outsider.count(0))).isEqualTo("0");
        assertThat(json.writeValueAsString(outsider.count(12))).isEqualTo("12");
    }
}
