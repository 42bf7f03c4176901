package org.rabta.investigations;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyService;
import org.rabta.directory.AgencyType;
import org.rabta.directory.JurisdictionLevel;
import org.springframework.stereotype.Component;

/**
 * The law-enforcement agencies a case can be brought to (FIA circles and police), and which of them is competent for
 * it. FIA investigates smuggling of migrants and trafficking across the border (PSMA 2018; PTPA 2018 s.8, the rule of
 * the screening's competent agency); the police the rest. So: the FIA circle of the case's province when the
 * determination is smuggling or the route leaves Pakistan, otherwise the police of the case's district (or province),
 * and failing that the FIA circle. None is proposed when no active agency covers the case's area.
 */
@Component
@RequiredArgsConstructor
class CompetentAgencies {

    private static final String PAKISTAN = "PK";

    private final AgencyService agencies;

    /** The active FIA circles and police agencies, by name. One query, with their districts. */
    List<Agency> lawEnforcement() {
        return agencies.activeAgenciesWithDetails().stream()
                .filter(agency -> InvestigationAccess.LAW_ENFORCEMENT.contains(agency.getType()))
                .sorted(Comparator.comparing(Agency::getName))
                .toList();
    }

    Optional<Agency> propose(VictimCase victimCase, Offence proposed, List<Agency> candidates) {
        boolean crossBorder = proposed.law() == Law.PSMA || leavesPakistan(victimCase);
        Optional<Agency> fia = covering(candidates, AgencyType.FIA, victimCase);
        Optional<Agency> police = covering(candidates, AgencyType.POLICE, victimCase);
        return crossBorder ? fia.or(() -> police) : police.or(() -> fia);
    }

    private static boolean leavesPakistan(VictimCase c) {
        return Stream.concat(Stream.of(c.getRoute().getOriginCountry(), c.getRoute().getDestinationCountry()), c.getRoute().getTransitCountries().stream())
                .anyMatch(country -> country != null && !PAKISTAN.equals(country));
    }

    /** The agency of that type for the case's district, else for its province (a district agency comes first). */
    private static Optional<Agency> covering(List<Agency> candidates, AgencyType type, VictimCase c) {
        List<Agency> ofType = candidates.stream().filter(agency -> agency.getType() == type).toList();
        return ofType.stream()
                .filter(agency -> agency.getJurisdictionLevel() == JurisdictionLevel.DISTRICTS
                        && agency.getDistrictCodes().contains(c.getDistrictCode()))
                .findFirst()
                .or(() -> ofType.stream()
                        .filter(agency -> agency.getJurisdictionLevel() == JurisdictionLevel.PROVINCE
                                && c.getProvinceCode() != null && c.getProvinceCode().equals(agency.getProvinceCode()))
                        .findFirst());
    }
}
