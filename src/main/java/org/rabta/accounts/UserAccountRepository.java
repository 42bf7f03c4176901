package org.rabta.accounts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "agency")
    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    @EntityGraph(attributePaths = "agency")
    @Query(value = """
            select u from UserAccount u
            where (:q is null or lower(u.username) like lower(concat('%', cast(:q as string), '%'))
                   or lower(u.fullName) like lower(concat('%', cast(:q as string), '%')))
              and (:agencyId is null or u.agency.id = :agencyId)
              and (:role is null or :role member of u.roles)
            order by u.username""",
            countQuery = """
            select count(u) from UserAccount u
            where (:q is null or lower(u.username) like lower(concat('%', cast(:q as string), '%'))
                   or lower(u.fullName) like lower(concat('%', cast(:q as string), '%')))
              and (:agencyId is null or u.agency.id = :agencyId)
              and (:role is null or :role member of u.roles)""")
    Page<UserAccount> search(String q, Long agencyId, Role role, Pageable pageable);

    /** Locks the active admins so that two admins cannot each remove the other at the same moment. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.active = true and :role member of u.roles")
    List<UserAccount> lockActiveUsersWithRole(Role role);

    @Query("select count(u) > 0 from UserAccount u where u.active = true and :role member of u.roles")
    boolean existsActiveWithRole(Role role);
}
