package org.rabta.accounts;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "agency")
    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    // LOAD, not FETCH: the roles keep their own eager, batched loading.
    @EntityGraph(attributePaths = "agency", type = EntityGraph.EntityGraphType.LOAD)
    Optional<UserAccount> findWithAgencyById(long id);

    @EntityGraph(attributePaths = "agency", type = EntityGraph.EntityGraphType.LOAD)
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

    /**
     * Counts a failed sign-in and locks the account when it reaches the limit, in one atomic statement
     * so that concurrent failures are all counted. Not versioned: it must not make an admin's open
     * edit of the same user stale.
     */
    @Modifying
    @Query(value = """
            update app_user
               set failed_attempts = case when failed_attempts + 1 >= :maxAttempts then 0 else failed_attempts + 1 end,
                   locked_until = case when failed_attempts + 1 >= :maxAttempts then :lockedUntil else locked_until end
             where lower(username) = lower(:username)
            returning locked_until is not null and locked_until = :lockedUntil""", nativeQuery = true)
    List<Boolean> recordFailedSignIn(String username, int maxAttempts, Instant lockedUntil);

    /** Clears the failure count after a successful sign-in; skips the write when there is nothing to record. */
    @Modifying
    @Query(value = """
            update app_user
               set failed_attempts = 0, locked_until = null, last_login_at = :now
             where id = :id
               and (failed_attempts <> 0 or locked_until is not null or last_login_at is null
                    or last_login_at < cast(:now as timestamptz) - interval '1 minute')""", nativeQuery = true)
    int recordSuccessfulSignIn(long id, Instant now);

    /** Keeps the user's language. Not versioned, like the sign-in counters: switching language must not make an admin's edit stale. */
    @Modifying
    @Query(value = "update app_user set preferred_locale = :locale where id = :id and preferred_locale is distinct from :locale",
            nativeQuery = true)
    int rememberLocale(long id, String locale);
}
