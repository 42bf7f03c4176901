package org.rabta.cases;

import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/**
 * One page of the case list. {@code count} is exact up to {@link CaseSearch#COUNT_CAP}; above it
 * {@code countCapped} is set and screens say "more than 1,000".
 */
public record CaseList(List<VictimCase> cases, CaseFilter filter, boolean hasNext, long count, boolean countCapped) {

    /** A Page when the total is known (so "page 2 of 7" can be shown), a Slice otherwise. */
    public Slice<VictimCase> slice() {
        PageRequest request = PageRequest.of(filter.page(), filter.size());
        return countCapped ? new SliceImpl<>(cases, request, hasNext) : new PageImpl<>(cases, request, count);
    }
}
