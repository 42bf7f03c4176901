package org.rabta.cases;

import jakarta.persistence.QueryHint;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.QueryHints;

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

    /**
     * A case's notes for its page, newest first. Shown, never changed, so loaded read-only (no
     * snapshot to check at commit).
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<CaseNote> findByCaseIdOrderByCreatedAtDescIdDesc(long caseId);
}
