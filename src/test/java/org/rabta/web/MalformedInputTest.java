package org.rabta.web;

import jakarta.servlet.ServletException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.web.HandlerInputs.Endpoint;
import org.rabta.web.HandlerInputs.Input;
import org.rabta.web.HandlerInputs.Source;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Malformed input never answers 5xx and never saves anything. Every input of every handler method (taken from
 * the handler mappings, see {@link HandlerInputs}) is sent a wrong type, an out-of-range number, a bad date, an
 * unknown enum constant and a NUL byte, by the first demo user the security rules let through, on the screens
 * (signed in, with the CSRF token) and on the API (HTTP Basic). A value of the wrong kind answers 400 naming
 * the input (404 when it is part of a path that no longer matches its pattern); {@code page} and {@code size}
 * may instead be clamped (see README); everything else at least never 5xx. Each handler's other inputs carry
 * valid values, so the input under test is the only thing wrong.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class MalformedInputTest {

    /** Tried in this order; the first one the security rules let through probes the endpoint. */
    private static final List<String> CANDIDATES = List.of("fia.lahore", "admin", "swd.punjab", "committee.lahore", "analyst",
            "ngo.lahore");

    /**
     * Tables that reads legitimately write to: the audit trail (every read is recorded, with the cases a list
     * returned), the sessions, and the pending secret that opening the two-step enrolment page creates.
     */
    private static final Set<String> WRITTEN_BY_READS = Set.of("audit_event", "audit_case_read", "spring_session",
            "spring_session_attributes", "shedlock", "flyway_schema_history", "user_totp");

    /** Columns a sign-in writes (each HTTP Basic request is one): when the user last signed in, and the row's version. */
    private static final Map<String, Set<String>> SIGN_IN_COLUMNS = Map.of("app_user", Set.of("last_login_at", "version"));

    private static final String NUL = "\u0000";

    enum Expect { REJECT, CLAMP_OR_REJECT, NO_SERVER_ERROR }

    record Probe(String value, Expect expect, boolean readsOnly) {
    }

    private final MockMvc mvc;

    @Qualifier("requestMappingHandlerMapping")
    private final RequestMappingHandlerMapping mappings;

    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final Map<String, UserDetails> principals = new HashMap<>();

    @Test
    void everyInputOfEveryHandlerAnswersMalformedValuesWith400AndSavesNothing() throws Exception {
        List<Endpoint> endpoints = HandlerInputs.of(mappings.getHandlerMethods());
        Map<String, String> known = knownValues();
        Map<String, Long> before = tableFingerprints();
        List<String> failures = new ArrayList<>();
        Map<String, String> userOfPattern = new LinkedHashMap<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints.stream().filter(e -> e.method() == HttpMethod.GET).toList()) {
            userOfPattern.put(endpoint.pattern(), reachingUser(endpoint, known, failures));
        }
        for (Endpoint endpoint : endpoints) {
            String username = userOfPattern.getOrDefault(endpoint.pattern(), closestUser(endpoint.pattern(), userOfPattern));
            for (Input input : endpoint.inputs()) {
                for (Probe probe : probes(input)) {
                    if (probe.readsOnly() && endpoint.method() != HttpMethod.GET) {
                        continue;
                    }
                    Map<Input, String> values = validValues(endpoint, known);
                    values.put(input, probe.value());
                    MockHttpServletResponse response = perform(endpoint, username, values, input);
                    requests++;
                    String problem = check(input, probe, response);
                    if (problem != null) {
                        failures.add(endpoint + " as " + username + ", " + input.name() + "=" + printable(probe.value())
                                + ": " + problem);
                    }
                }
            }
        }
        Map<String, Long> after = tableFingerprints();
        before.forEach((table, fingerprint) -> {
            if (!fingerprint.equals(after.get(table))) {
                failures.add("table " + table + " changed during the malformed requests");
            }
        });
        assertThat(requests).as("requests sent").isGreaterThan(1000);
        assertThat(failures).as(failures.size() + " of " + requests + " requests went wrong").isEmpty();
    }

    @Test
    void aNulCharacterInAnyJsonBodyIsA400NamingTheProperty() throws Exception {
        List<Endpoint> endpoints = HandlerInputs.of(mappings.getHandlerMethods()).stream().filter(Endpoint::takesBody).toList();
        assertThat(endpoints).hasSizeGreaterThan(10);
        Map<String, String> known = knownValues();
        Map<String, Long> before = tableFingerprints();
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String property = endpoint.bodyTextProperty();
            String body = "{\"" + property + "\": \"Amina\\u0000\", \"tags\": [\"a\", \"b\\u0000\"]}";
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(),
                            URI.create(endpoint.path(pathValues(validValues(endpoint, known)))))
                    .contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("fia.lahore", PASSWORD));
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String answer = response.getContentAsString();
            if (response.getStatus() != 400 || !answer.contains("\"field\":\"" + property + "\"")) {
                failures.add(endpoint + ": " + response.getStatus() + " " + abbreviate(answer));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(tableFingerprints()).isEqualTo(before);
    }

    @Test
    void aNulCharacterInACsvCellRejectsTheRowNamingItsField() throws Exception {
        long cases = jdbc.sql("select count(*) from victim_case").query(Long.class).single();
        String csv = "identified_on,district_code,sex,first_name\n2025-05-01,PK617,FEMALE,Ami\u0000na\n";
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/import").contentType("text/csv").content(csv)
                        .with(httpBasic("fia.lahore", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("first_name"));
        assertThat(jdbc.sql("select count(*) from victim_case").query(Long.class).single()).isEqualTo(cases);
    }

    /** The first candidate the security rules let through to a GET endpoint with valid values. */
    private String reachingUser(Endpoint endpoint, Map<String, String> known, List<String> failures) throws Exception {
        String firstPast403 = null;
        for (String username : CANDIDATES) {
            MockHttpServletResponse response = perform(endpoint, username, validValues(endpoint, known), null);
            int status = response.getStatus();
            if (status >= 500) {
                failures.add(endpoint + " as " + username + " with valid values: " + status);
            }
            boolean barred = status == 401 || status == 403 || "/login".equals(response.getRedirectedUrl());
            if (!barred && status != 404) {
                return username;
            }
            if (!barred && firstPast403 == null) {
                firstPast403 = username;
            }
        }
        return firstPast403 == null ? CANDIDATES.getFirst() : firstPast403;
    }

    /** A form is posted by whoever reaches the page it belongs to: the GET endpoint sharing the longest path. */
    private static String closestUser(String pattern, Map<String, String> userOfPattern) {
        String best = CANDIDATES.getFirst();
        int longest = -1;
        for (var entry : userOfPattern.entrySet()) {
            int common = commonPrefix(pattern, entry.getKey());
            if (common > longest) {
                longest = common;
                best = entry.getValue();
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static List<Probe> probes(Input input) {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("1" + NUL, Expect.REJECT, false));
        String last = input.name().substring(input.name().lastIndexOf('.') + 1);
        switch (input.kind()) {
            case NUMBER -> {
                probes.add(new Probe("BOGUS", Expect.REJECT, false));
                if (input.integral()) {
                    probes.add(new Probe("99999999999999999999", Expect.REJECT, false));
                    probes.add(new Probe("1.5", Expect.REJECT, false));
                }
                boolean paging = last.equals("page") || last.equals("size");
                Expect range = paging ? Expect.CLAMP_OR_REJECT : Expect.NO_SERVER_ERROR;
                probes.add(new Probe("-1", range, !paging));
                probes.add(new Probe("1000000000", range, !paging));
            }
            case BOOLEAN -> probes.add(new Probe("BOGUS", Expect.REJECT, false));
            case DATE -> {
                probes.add(new Probe("2026-99-99", Expect.REJECT, false));
                probes.add(new Probe("BOGUS", Expect.REJECT, false));
            }
            case ENUM -> {
                probes.add(new Probe("FOO", Expect.REJECT, false));
                probes.add(new Probe("x", Expect.REJECT, false));
            }
            case TEXT -> {
                probes.add(new Probe("FOO", Expect.NO_SERVER_ERROR, true));
                probes.add(new Probe("2026-99-99", Expect.NO_SERVER_ERROR, true));
            }
        }
        return probes;
    }

    /** Null when the answer is right, else what is wrong with it. */
    private static String check(Input input, Probe probe, MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        String body = response.getContentAsString();
        if (status >= 500) {
            return "answered " + status + " " + abbreviate(body);
        }
        if (body.contains("org.rabta") || body.contains("No enum constant") || body.contains("Exception")) {
            return "answer names an internal class: " + abbreviate(body);
        }
        boolean pathMismatch = input.source() == Source.PATH && !input.matchesPattern(probe.value());
        switch (probe.expect()) {
            case REJECT -> {
                if (pathMismatch && probe.value().contains(NUL)) {
                    // the security firewall refuses an encoded NUL in any path before it is matched
                    return status == 400 || status == 404 ? null : "answered " + status + " for a NUL in the path";
                }
                if (pathMismatch) {
                    return status == 404 ? null : "answered " + status + " for a path that does not match its pattern, not 404";
                }
                if (status == 404 && input.source() == Source.PATH) {
                    return null; // a well-formed path to no record
                }
                if (status != 400) {
                    return "answered " + status + ", not 400";
                }
                return namesInput(input, body) ? null : "the 400 does not name " + input.name() + ": " + abbreviate(body);
            }
            case CLAMP_OR_REJECT -> {
                return status < 400 || status == 400 || status == 404 ? null : "answered " + status;
            }
            default -> {
                return null;
            }
        }
    }

    /** The API's problem detail lists the input in its errors; the screen's page names it in its text. */
    private static boolean namesInput(Input input, String body) {
        if (input.source() == Source.PATH) {
            return true; // a path variable is named by the page the request was for
        }
        return body.contains("\"" + input.name() + "\"") || body.contains(">" + input.name() + "<")
                || body.contains("“" + input.name() + "”") || body.contains("&ldquo;" + input.name() + "&rdquo;");
    }

    /** The endpoint with valid values for its path and required parameters, and the input under test (if any). */
    private MockHttpServletResponse perform(Endpoint endpoint, String username, Map<Input, String> values,
                                            Input underTest) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(),
                URI.create(endpoint.path(pathValues(values))));
        for (Input input : endpoint.inputs()) {
            if (input.source() == Source.PARAMETER && (input.required() || input.equals(underTest))) {
                request.param(input.name(), values.get(input));
            }
        }
        if (endpoint.consumes() != null) {
            request.contentType(endpoint.consumes());
            request.content(MediaType.APPLICATION_JSON.includes(endpoint.consumes()) ? "{}" : "");
        } else if (endpoint.takesBody()) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (endpoint.api()) {
            request.with(httpBasic(username, PASSWORD));
        } else {
            request.with(user(principals.computeIfAbsent(username, users::loadUserByUsername)));
            if (endpoint.method() != HttpMethod.GET) {
                request.with(csrf());
            }
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (ServletException e) {
            // MockMvc rethrows what no handler took care of; a servlet container would answer 500
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            failed.getWriter().write(String.valueOf(e.getRootCause()));
            return failed;
        }
    }

    private static Map<Input, String> validValues(Endpoint endpoint, Map<String, String> known) {
        Map<Input, String> values = new HashMap<>();
        for (Input input : endpoint.inputs()) {
            values.put(input, input.sample(known));
        }
        return values;
    }

    private static Map<String, String> pathValues(Map<Input, String> values) {
        Map<String, String> path = new HashMap<>();
        values.forEach((input, value) -> {
            if (input.source() == Source.PATH) {
                path.put(input.name(), value);
            }
        });
        return path;
    }

    /** Values of the demo data for path variables whose pattern a made-up value would not match. */
    private Map<String, String> knownValues() {
        Map<String, String> known = new HashMap<>();
        known.put("caseNumber", jdbc.sql("""
                select c.case_number from victim_case c join agency a on a.id = c.owning_agency_id
                join app_user u on u.id = c.caseworker_id
                where a.code = 'FIA-AHTC-LHR' and u.username = 'fia.lahore' order by c.id limit 1""").query(String.class).single());
        known.put("code", jdbc.sql("select code from district order by code limit 1").query(String.class).single());
        known.put("agencyCode", "FIA-AHTC-LHR");
        known.put("extension", "csv");
        known.put("year", "2025");
        return known;
    }

    /** Rows and a hash of their content, per table, for every table the requests must not write to. */
    private Map<String, Long> tableFingerprints() {
        Map<String, Long> fingerprints = new LinkedHashMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' order by table_name").query(String.class).list()) {
            if (!WRITTEN_BY_READS.contains(table)) {
                Set<String> skipped = SIGN_IN_COLUMNS.getOrDefault(table, Set.of());
                String columns = String.join(", ", jdbc.sql("select column_name from information_schema.columns where "
                                + "table_schema = 'public' and table_name = ? order by ordinal_position").param(table)
                        .query(String.class).list().stream().filter(column -> !skipped.contains(column)).toList());
                fingerprints.put(table, jdbc.sql("select count(*) * 31 + coalesce(sum(hashtext(row(" + columns
                        + ")::text)::bigint), 0) from " + table).query(Long.class).single());
            }
        }
        return fingerprints;
    }

    private static String printable(String value) {
        return value.replace(NUL, "%00");
    }

    /** The answer's gist: a page's main content without its markup, or the start of any other body. */
    private static String abbreviate(String body) {
        int main = body.indexOf("<main");
        String gist = main < 0 ? body : body.substring(main, Math.max(main, body.indexOf("</main>"))).replaceAll("<[^>]*>|\\s+", " ").strip();
        return gist.length() <= 300 ? gist : gist.substring(0, 300) + "…";
    }
}
