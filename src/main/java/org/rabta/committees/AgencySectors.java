package org.rabta.committees;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;
import org.rabta.directory.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sectors an agency represents at a committee table. Most follow from the directory (FIA and police are law
 * enforcement, NGOs civil society, an agency offering child protection is child protection); what the directory
 * cannot tell (which department is labour, social welfare or women development) an admin records here.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AgencySectors {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    /** The sectors that follow from an agency's type and services alone. */
    public static Set<Sector> derived(Agency agency) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        if (agency.getType() == AgencyType.FIA || agency.getType() == AgencyType.POLICE) {
            sectors.add(Sector.LAW_ENFORCEMENT);
        }
        if (agency.getType() == AgencyType.NGO) {
            sectors.add(Sector.CIVIL_SOCIETY);
        }
        if (agency.getServices().contains(ServiceType.CHILD_PROTECTION)) {
            sectors.add(Sector.CHILD_PROTECTION);
        }
        return sectors;
    }

    /** Derived and recorded sectors of each agency, by agency id, in one query. */
    public Map<Long, Set<Sector>> sectorsOf(Collection<Agency> agencies) {
        Map<Long, Set<Sector>> recorded = recorded(agencies.stream().map(Agency::getId).toList());
        Map<Long, Set<Sector>> sectors = new HashMap<>();
        for (Agency agency : agencies) {
            Set<Sector> all = derived(agency);
            all.addAll(recorded.getOrDefault(agency.getId(), Set.of()));
            sectors.put(agency.getId(), all);
        }
        return sectors;
    }

    /** The sectors recorded by an admin (not derived), by agency id. */
    public Map<Long, Set<Sector>> recorded(Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Sector>> recorded = new HashMap<>();
        jdbc.sql("select agency_id, sector from committee_agency_sector where agency_id in (:ids)")
                .param("ids", List.copyOf(agencyIds))
                .query(rs -> {
                    recorded.computeIfAbsent(rs.getLong("agency_id"), id -> EnumSet.noneOf(Sector.class))
                            .add(Sector.valueOf(rs.getString("sector")));
                });
        return recorded;
    }

    /** Replaces the sectors recorded for an agency. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void record(Agency agency, Set<Sector> sectors) {
        jdbc.sql("delete from committee_agency_sector where agency_id = :id").param("id", agency.getId()).update();
        for (Sector sector : sectors) {
            jdbc.sql("insert into committee_agency_sector (agency_id, sector) values (:id, :sector)")
                    .param("id", agency.getId()).param("sector", sector.name()).update();
        }
        audit.record(AuditRecord.of(CommitteeAuditAction.AGENCY_SECTORS_RECORDED,
                "AGENCY", agency.getCode(), sectors.toString()));
    }
}
