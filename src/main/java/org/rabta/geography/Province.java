package org.rabta.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A province or territory. Fixed reference data: the seven units are set by the constitution. */
@Entity
@Immutable
@Table(name = "province")
public class Province extends Place {

    @Column(name = "case_prefix", nullable = false)
    private String casePrefix;

    protected Province() {
    }

    /** Two letters that start every case number registered in this province, e.g. PB. */
    public String getCasePrefix() {
        return casePrefix;
    }
}
