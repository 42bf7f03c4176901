package org.rabta.committees;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query("select m from Meeting m where m.committeeId = ?1 order by m.heldOn desc, m.id desc")
    List<Meeting> findRecent(long committeeId, Pageable pageable);
}
