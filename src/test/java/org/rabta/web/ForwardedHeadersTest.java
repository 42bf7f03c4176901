package org.rabta.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rabta.support.TestUsers.PASSWORD;

/**
 * Over real HTTP (Tomcat's valves included, which MockMvc skips): a client-chosen {@code Host} or
 * {@code X-Forwarded-Host} never shows in a redirect or a link, and {@code X-Forwarded-*} are believed only from the
 * proxies of {@code rabta.trusted-proxies} (loopback by default).
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class ForwardedHeadersTest {

    private static final String FORGED = "evil.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("(?im)^Set-Cookie: SESSION=([^;]+)");

    @LocalServerPort
    int port;

    @Qualifier("requestMappingHandlerMapping")
    private final RequestMappingHandlerMapping mappings;

    @Test
    void aForgedHostNeverReachesALocationHeaderOrALinkOfAnyPage() throws IOException {
        for (String username : List.of("fia.lahore.supervisor", "admin")) {
            String session = signIn(InetAddress.getLoopbackAddress(), username, Map.of("Host", FORGED, "X-Forwarded-Host", FORGED));
            for (String path : pagesWithoutPathVariables()) {
                Response response = send(InetAddress.getLoopbackAddress(), "GET " + path, forged(session), null);
                assertThat(response.status()).as(path).isLessThan(500);
                assertThat(response.header("Location")).as(path).doesNotContain(FORGED);
                assertThat(response.body()).as(path).doesNotContain(FORGED);
            }
        }
        Response anonymous = send(InetAddress.getLoopbackAddress(), "GET /cases", forged(null), null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).isEqualTo("/login");
    }

    @Test
    void theLocationOfARegisteredCaseIsRelative() throws IOException {
        String body = """
                {"identifiedOn": "2026-01-10", "districtCode": "PK617", "howIdentified": "BORDER_OR_AIRPORT",
                 "person": {"firstName": "Nasreen", "lastName": "Hostheader", "fatherOrHusbandName": "Abdul Ghani",
                            "sex": "FEMALE", "ageYears": 31, "nationality": "PK"},
                 "exploitationTypes": ["FORCED_LABOUR"],
                 "consent": {"dataProcessing": "GIVEN", "referral": "REFUSED", "date": "2026-01-10", "recordedBy": "Sadia Malik"}}""";
        Map<String, String> headers = new LinkedHashMap<>(forged(null));
        headers.put("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("fia.lahore:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        headers.put("Content-Type", "application/json");
        Response response = send(InetAddress.getLoopbackAddress(), "POST /api/v1/cases", headers, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).startsWith("/api/v1/cases/").doesNotContain(FORGED);
    }

    @Test
    void forwardedForIsBelievedFromALocalProxyOnly() throws IOException {
        Map<String, String> viaProxy = Map.of("X-Forwarded-For", "203.0.113.9");
        String throughLocalProxy = signIn(InetAddress.getLoopbackAddress(), "fia.karachi", viaProxy);
        assertThat(send(InetAddress.getLoopbackAddress(), "GET /account", cookie(throughLocalProxy), null).body())
                .contains("203.0.113.9");

        InetAddress outside = nonLoopbackAddress().orElse(null);
        assumeTrue(outside != null, "this machine has no non-loopback address to connect from");
        String direct = signIn(outside, "fia.karachi", viaProxy);
        String page = send(outside, "GET /account", cookie(direct), null).body();
        assertThat(page).contains(outside.getHostAddress());
        assertThat(page.split("203\\.0\\.113\\.9", -1)).as("only the session signed in through the local proxy").hasSize(2);
    }

    /** Every GET page of the screens that needs no path variable, from the application's own handler mappings. */
    private List<String> pagesWithoutPathVariables() {
        List<String> paths = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{") && !pattern.startsWith("/api/") && !pattern.startsWith("/error")
                        && !pattern.contains("export") && !pattern.matches(".*\\.(csv|pdf|xlsx|json)$")) {
                    paths.add(pattern);
                }
            }
        }
        assertThat(paths).contains("/", "/cases", "/account");
        return paths.stream().distinct().sorted().toList();
    }

    private String signIn(InetAddress from, String username, Map<String, String> extraHeaders) throws IOException {
        Response form = send(from, "GET /login", extraHeaders, null);
        String firstSession = form.cookie();
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.putAll(cookie(firstSession));
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        Response signedIn = send(from, "POST /login", headers, "username=" + username + "&password=" + PASSWORD
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).isEqualTo("/").doesNotContain(FORGED);
        return signedIn.cookie();
    }

    private static Map<String, String> forged(String session) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", FORGED);
        headers.put("X-Forwarded-Host", FORGED);
        headers.put("X-Forwarded-Proto", "https");
        if (session != null) {
            headers.putAll(cookie(session));
        }
        return headers;
    }

    private static Map<String, String> cookie(String session) {
        return Map.of("Cookie", "SESSION=" + session);
    }

    /** HTTP/1.0 over a plain socket: the only way to send any Host header, and no chunked answer to decode. */
    private Response send(InetAddress to, String requestLine, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket(to, port)) {
            StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.0\r\n");
            if (!headers.containsKey("Host")) {
                request.append("Host: ").append(to.getHostAddress().contains(":") ? "[" + to.getHostAddress() + "]" : to.getHostAddress())
                        .append(':').append(port).append("\r\n");
            }
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            return new Response(text.substring(0, end), text.substring(end + 4));
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(networkInterface -> {
                    try {
                        return networkInterface.isUp() && !networkInterface.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst();
    }

    private record Response(String head, String body) {

        int status() {
            return Integer.parseInt(head.split(" ")[1]);
        }

        String header(String name) {
            Matcher matcher = Pattern.compile("(?im)^" + name + ": (.*)$").matcher(head);
            return matcher.find() ? matcher.group(1).strip() : "";
        }

        String cookie() {
            Matcher matcher = SESSION.matcher(head);
            assertThat(matcher.find()).as("a session cookie in " + head).isTrue();
            return matcher.group(1);
        }
    }
}
