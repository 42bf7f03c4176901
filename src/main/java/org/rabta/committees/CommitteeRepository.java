package org.rabta.committees;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CommitteeRepository extends JpaRepository<Committee, Long> {

    @Query("select c from Committee c order by c.level, c.nameEn")
    List<Committee> findAllOrdered();

    @Query("select c from Committee c where c.id in ?1 order by c.level, c.nameEn")
    List<Committee> findByIdInOrdered(Collection<Long> ids);

    @Query("""
            select c from Committee c where c.status = org.rabta.committees.CommitteeStatus.ACTIVE and c.level = ?1
              and (c.provinceCode = ?2 or (?2 is null and c.provinceCode is null))
              and (c.districtCode = ?3 or (?3 is null and c.districtCode is null))""")
    Optional<Committee> findActive(CommitteeLevel level, String provinceCode, String districtCode);

    /** Taken before changing a roster, so that two changes to one committee's roster run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Committee c where c.id = ?1")
    Optional<Committee> lockById(long id);
}
