package org.rabta.investigations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccusedEventRepository extends JpaRepository<AccusedEvent, Long> {

    List<AccusedEvent> findByAccusedIdOrderByOccurredOnAscIdAsc(long accusedId);

    List<AccusedEvent> findByAccusedIdInOrderByOccurredOnAscIdAsc(List<Long> accusedIds);
}
