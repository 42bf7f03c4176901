package org.rabta.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    // Districts and services come with the agency: every screen that shows one agency shows them.
    @EntityGraph(attributePaths = {"districtCodes", "services"})
    @Query("select a from Agency a where upper(a.code) = upper(?1)")
    Optional<Agency> findByCode(String code);

    @EntityGraph(attributePaths = {"districtCodes", "services"})
    Optional<Agency> findWithDetailsById(long id);

    List<Agency> findAllByOrderByName();

    List<Agency> findByActiveTrueOrderByName();

    @Query("""
            select a from Agency a
            where (:q is null or lower(a.name) like lower(concat('%', cast(:q as string), '%'))
                   or lower(a.code) like lower(concat('%', cast(:q as string), '%')))
            order by a.name""")
    Page<Agency> search(String q, Pageable pageable);

    @EntityGraph(attributePaths = {"districtCodes", "services"})
    @Query("select a from Agency a where a.active = true order by a.code")
    List<Agency> findActiveWithDetails();
}
