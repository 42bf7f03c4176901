package org.rabta.investigations;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.rabta.accounts.UsersWorkList;
import org.rabta.web.SupportedLocales;
import org.rabta.web.WorkItem;
import org.rabta.web.WorkList;
import org.rabta.web.WorkListQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * What waits on a law-enforcement agency informed of cases: those it was informed of within
 * {@link InformedAgencies#WINDOW} (while it sees their summary) and has not yet named in an investigation of its own,
 * oldest first, for its caseworkers and supervisors. Each opens the case's summary.
 */
@Configuration(proxyBeanMethods = false)
class InformedWorkList {

    @Bean
    @Order(420)
    WorkList informedCases(JdbcOperations jdbc, Clock clock, InvestigationAccess access) {
        return UsersWorkList.of("informedCases", jdbc, access::showsLink, user -> new WorkListQuery("""
                    select f.id, c.case_number, f.informed_at, f.proposed_offence, a.name, coalesce(a.name_ur, a.name) as name_ur,
                           floor(extract(epoch from (cast(:now as timestamptz) - f.informed_at)) / 86400)::bigint as days
                    from case_agency_informed f join victim_case c on c.id = f.case_id
                    join agency a on a.id = f.informed_by_agency_id
                    where f.agency_id = :agency and f.informed_at > :since
                      and not exists (select 1 from investigation_victim v join investigation i on i.id = v.investigation_id
                                      where v.case_id = f.case_id and i.registering_agency_id = f.agency_id)""",
                    Map.of("agency", user.agencyId(), "now", Timestamp.from(clock.instant()),
                            "since", Timestamp.from(clock.instant().minus(InformedAgencies.WINDOW))),
                    "informed_at, id",
                    (rs, row) -> WorkItem.ofCase("/cases/" + rs.getString("case_number") + "/informed", rs.getString("case_number"),
                            new DefaultMessageSourceResolvable(new String[] {"home.work.informedCases.detail"}, new Object[] {
                                    SupportedLocales.name(LocaleContextHolder.getLocale(), rs.getString("name"), rs.getString("name_ur")),
                                    new DefaultMessageSourceResolvable("investigations.offence." + rs.getString("proposed_offence"))}),
                            rs.getLong("days"), false)));
    }
}
