package org.rabta.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.PathPatterns;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated from the handler mappings: every GET screen and API endpoint, as the first user of each role, and every
 * case number in the answer must have been audited by that request, either as a read of that case or among the cases
 * a list, search, export or queue returned. A new list that forgets its audit fails here without anyone adding it
 * to a list of endpoints.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseDataReadsAreAuditedTest {

    private static final Pattern CASE_NUMBER = Pattern.compile("\\b[A-Z]{2}-\\d{4}-\\d{6}\\b");
    /** The audit trail itself: it names cases as records of what happened, and reading it is audited as such. */
    private static final Pattern AUDIT_TRAIL = Pattern.compile("^/admin/audit.*|.*/audit$|.*/reads$");

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final UserDetailsService users;

    @Qualifier("requestMappingHandlerMapping")
    private final RequestMappingHandlerMapping mappings;

    private record Probe(String username, long userId, long agencyId) {
    }

    @Test
    void everyCaseNumberAnAnswerShowsWasAuditedByThatRequest() throws Exception {
        Set<String> patterns = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && info.getPathPatternsCondition() != null) {
                info.getPathPatternsCondition().getPatternValues().stream()
                        .filter(pattern -> !AUDIT_TRAIL.matcher(pattern).matches() && !pattern.startsWith("/actuator")
                                && !pattern.startsWith("/error"))
                        .forEach(patterns::add);
            }
        }
        Set<String> examples = examplesInMessages();
        List<String> unaudited = new ArrayList<>();
        Set<String> showingCases = new LinkedHashSet<>();
        for (Probe probe : firstUserOfEachRole()) {
            for (String pattern : patterns) {
                Optional<String> path = resolve(pattern, probe);
                if (path.isEmpty()) {
                    continue;
                }
                long mark = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
                String body = answer(path.get(), probe.username());
                Set<String> shown = new TreeSet<>();
                Matcher matcher = CASE_NUMBER.matcher(body);
                while (matcher.find()) {
                    shown.add(matcher.group());
                }
                if (!shown.isEmpty()) {
                    showingCases.add(pattern);
                }
                shown.removeAll(examples);
                shown.removeAll(audited(probe.username(), mark));
                if (!shown.isEmpty()) {
                    unaudited.add(probe.username() + " GET " + path.get() + " showed unaudited " + shown);
                }
            }
        }
        assertThat(unaudited).isEmpty();
        // The check saw the lists it exists for (an empty demo would make it pass vacuously).
        assertThat(showingCases).contains("/cases", "/api/v1/cases", "/statistics/exports/cases.{extension}",
                "/statistics/exports/htcds.csv", "/review", "/notifications");
    }

    /** Case numbers that the screens' texts give as examples of the format ("e.g. PB-2026-000123"). */
    private static Set<String> examplesInMessages() throws IOException {
        Set<String> examples = new TreeSet<>();
        for (String bundle : List.of("messages.properties", "messages_ur.properties")) {
            try (var in = new ClassPathResource(bundle).getInputStream()) {
                Matcher matcher = CASE_NUMBER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    examples.add(matcher.group());
                }
            }
        }
        return examples;
    }

    /** For each role, the user created first with it: the demo users, who have cases, referrals and committee terms. */
    private List<Probe> firstUserOfEachRole() {
        return jdbc.sql("""
                        select distinct on (r.role) u.username, u.id, u.agency_id
                        from app_user u join app_user_role r on r.user_id = u.id order by r.role, u.id""")
                .query((rs, row) -> new Probe(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The pattern with its variables filled in from the user's own records, or empty when they have none to fill. */
    private Optional<String> resolve(String pattern, Probe probe) {
        return PathPatterns.fill(pattern, variable -> value(pattern, variable, probe));
    }

    private Optional<String> value(String pattern, String variable, Probe probe) {
        Map<String, Object> params = Map.of("agency", probe.agencyId(), "user", probe.userId());
        return switch (variable) {
            case "caseNumber" -> first("""
                    select c.case_number from victim_case c where c.owning_agency_id = :agency
                    order by exists (select 1 from referral r where r.case_id = c.id) desc, c.id limit 1""", params);
            case "extension" -> Optional.of("csv");
            case "id" -> pattern.startsWith("/committees") || pattern.startsWith("/api/v1/committees")
                    ? first("""
                    select coalesce((select min(committee_id) from committee_membership where user_id = :user),
                                    (select min(id) from committee where exists (select 1 from app_user_role
                                     where user_id = :user and role = 'ADMIN')))""", params)
                    : pattern.startsWith("/referrals") || pattern.startsWith("/api/v1/referrals")
                    ? first("select min(id) from referral where from_agency_id = :agency or to_agency_id = :agency", params)
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<String> first(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, row) -> rs.getString(1)).optional().filter(value -> value != null);
    }

    private String answer(String path, String username) throws Exception {
        var request = get(path);
        request = path.startsWith("/api/") ? request.with(httpBasic(username, "Rabta-demo-2026"))
                : request.with(user(users.loadUserByUsername(username)));
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        // Only answers that show data: a 404 page may echo the case number asked for, and reveals nothing.
        String type = result.getResponse().getContentType();
        boolean text = result.getResponse().getStatus() == 200 && type != null
                && (type.startsWith("text/") || type.contains("json"));
        return text ? result.getResponse().getContentAsString(StandardCharsets.UTF_8) : "";
    }

    /** The case numbers the user's events after {@code mark} read: one case each, or the cases a bulk read returned. */
    private Set<String> audited(String username, long mark) {
        return new TreeSet<>(jdbc.sql("""
                        select e.case_number from audit_event e where e.id > :mark and e.actor = :actor and e.case_number is not null
                        union
                        select r.case_number from audit_event e join audit_case_read r on r.event_id = e.id
                        where e.id > :mark and e.actor = :actor""")
                .param("mark", mark).param("actor", username).query(String.class).list());
    }
}
