package org.rabta.committees;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.audit.AuditRecord;
import org.rabta.audit.AuditTrail;
import org.rabta.geography.District;
import org.rabta.geography.GeographyService;
import org.rabta.shared.BusinessRuleException;
import org.rabta.shared.ConcurrentEditException;
import org.rabta.shared.RecordNotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordination committees: admins create and retire them; members see the committees they currently sit on.
 * One active committee per jurisdiction (checked here and by a partial unique index), each district committee
 * under its province's, each provincial committee under the national one.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CommitteeService {

    private final CommitteeRepository committees;
    private final CommitteeAccess access;
    private final GeographyService geography;
    private final AuditTrail audit;
    private final Clock clock;

    /** Every committee for an admin; for anyone else the committees where they hold a term today. */
    public List<Committee> visible(RabtaUser user) {
        return user.hasRole(Role.ADMIN) ? committees.findAllOrdered() : sittingOn(user);
    }

    /** The committees where the user holds a term today. */
    public List<Committee> sittingOn(RabtaUser user) {
        List<Long> ids = access.currentTerms(user).stream().map(Term::committeeId).distinct().toList();
        return ids.isEmpty() ? List.of() : committees.findByIdInOrdered(ids);
    }

    public Committee committee(RabtaUser user, long id) {
        return access.readable(user, id);
    }

    /** The active committee of a jurisdiction, if there is one (provinceCode and districtCode null for the national one). */
    public Optional<Committee> activeFor(CommitteeLevel level, String provinceCode, String districtCode) {
        return committees.findActive(level, provinceCode, districtCode);
    }

    /** A committee by id without an access check, for features that name it (an escalation's destination). */
    public Committee find(long id) {
        return committees.findById(id).orElseThrow(() -> new RecordNotFoundException("Committee", id));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Committee create(CommitteeForm form) {
        Jurisdiction jurisdiction = jurisdictionOf(form);
        if (committees.findActive(form.level(), jurisdiction.provinceCode(), jurisdiction.districtCode()).isPresent()) {
            throw new BusinessRuleException("committees.error.jurisdictionTaken");
        }
        Long parentId = parentOf(form.level(), jurisdiction);
        if (form.parentId() != null && !form.parentId().equals(parentId)) {
            throw new BusinessRuleException("committees.error.wrongParent");
        }
        Committee committee = new Committee(form.level(), jurisdiction.provinceCode(), jurisdiction.districtCode(),
                form.nameEn().strip(), form.nameUr().strip(), parentId, clock.instant());
        try {
            committees.saveAndFlush(committee);
        } catch (DataIntegrityViolationException e) {
            // Another admin created the jurisdiction's committee at the same moment: the partial unique index decided.
            throw new BusinessRuleException("committees.error.jurisdictionTaken");
        }
        audit.record(AuditRecord.of(CommitteeAuditAction.COMMITTEE_CREATED, "COMMITTEE", committee.getId().toString(),
                committee.getLevel() + " " + committee.getNameEn()));
        return committee;
    }

    /** Retires a committee (its history stays) or brings it back, if its jurisdiction has no other active one. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Committee setStatus(long id, CommitteeStatus status, Long version) {
        Committee committee = committees.lockById(id).orElseThrow(() -> new RecordNotFoundException("Committee", id));
        ConcurrentEditException.throwIfStale(version, committee.getVersion(), "Committee " + id, null, null);
        if (committee.getStatus() == status) {
            return committee;
        }
        if (status == CommitteeStatus.ACTIVE && committees.findActive(committee.getLevel(), committee.getProvinceCode(),
                committee.getDistrictCode()).isPresent()) {
            throw new BusinessRuleException("committees.error.jurisdictionTaken");
        }
        committee.setStatus(status);
        try {
            committees.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("committees.error.jurisdictionTaken");
        }
        CommitteeAuditAction action = status == CommitteeStatus.ACTIVE
                ? CommitteeAuditAction.COMMITTEE_ACTIVE : CommitteeAuditAction.COMMITTEE_INACTIVE;
        audit.record(AuditRecord.of(action, "COMMITTEE", committee.getId().toString(), committee.getNameEn()));
        return committee;
    }

    private Jurisdiction jurisdictionOf(CommitteeForm form) {
        return switch (form.level()) {
            case NATIONAL -> new Jurisdiction(null, null);
            case PROVINCIAL -> {
                if (blank(form.provinceCode())) {
                    throw BusinessRuleException.onField("provinceCode", "committees.error.provinceRequired");
                }
                String provinceCode = form.provinceCode().strip();
                if (geography.provinces().stream().noneMatch(province -> province.getCode().equals(provinceCode))) {
                    throw BusinessRuleException.onField("provinceCode", "committees.error.unknownJurisdiction");
                }
                yield new Jurisdiction(provinceCode, null);
            }
            case DISTRICT -> {
                if (blank(form.districtCode())) {
                    throw BusinessRuleException.onField("districtCode", "committees.error.districtRequired");
                }
                District district = geography.findDistrict(form.districtCode().strip())
                        .orElseThrow(() -> BusinessRuleException.onField("districtCode", "committees.error.unknownJurisdiction"));
                yield new Jurisdiction(district.getProvinceCode(), district.getCode());
            }
        };
    }

    private Long parentOf(CommitteeLevel level, Jurisdiction jurisdiction) {
        CommitteeLevel parentLevel = level.parent();
        if (parentLevel == null) {
            return null;
        }
        String parentProvince = parentLevel == CommitteeLevel.PROVINCIAL ? jurisdiction.provinceCode() : null;
        return committees.findActive(parentLevel, parentProvince, null)
                .map(Committee::getId)
                .orElseThrow(() -> new BusinessRuleException("committees.error.noParent." + parentLevel));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Jurisdiction(String provinceCode, String districtCode) {
    }
}
