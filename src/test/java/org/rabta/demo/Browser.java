package org.rabta.demo;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * One signed-in user's browser over MockMvc: the real filter chain, a cookie jar (so the session, and with it the CSRF
 * token a page renders, carry from one request to the next) and the language cookie a user who picked a language has.
 */
final class Browser {

    static final String THROWN = "thrown: ";

    private final MockMvc mvc;
    private final UserDetails user;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    Browser(MockMvc mvc, UserDetails user, String language) {
        this.mvc = mvc;
        this.user = user;
        cookies.put("rabta-lang", new Cookie("rabta-lang", language));
    }

    Response get(String url) {
        return send(HttpMethod.GET, url, Map.of(), false);
    }

    /** An htmx request, as the page's hx-get attributes send it: the server answers with a fragment. */
    Response htmx(String url) {
        return send(HttpMethod.GET, url, Map.of(), true);
    }

    Response submit(HttpMethod method, String url, List<Entry<String, String>> fields) {
        if (method == HttpMethod.GET) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(url).replaceQuery(null);
            fields.forEach(field -> uri.queryParam(field.getKey(), field.getValue()));
            return send(HttpMethod.GET, uri.encode().build().toUriString(), Map.of(), false);
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        fields.forEach(field -> form.computeIfAbsent(field.getKey(), key -> new java.util.ArrayList<>()).add(field.getValue()));
        return send(method, url, form, false);
    }

    private Response send(HttpMethod method, String url, Map<String, List<String>> form, boolean htmx) {
        MockHttpServletRequestBuilder request = request(method, URI.create(url)).with(user(user))
                .accept(MediaType.TEXT_HTML, MediaType.ALL);
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        if (!form.isEmpty()) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
            form.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            for (Cookie cookie : response.getCookies()) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie);
                }
            }
            return new Response(response.getStatus(), response.getContentType(), response.getRedirectedUrl() != null
                    ? response.getRedirectedUrl() : response.getHeader("Location"),
                    response.getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            // MockMvc rethrows what escaped the filter chain; a servlet container would have answered 500.
            return new Response(500, null, null, THROWN + e);
        }
    }

    record Response(int status, String contentType, String location, String body) {

        boolean html() {
            return contentType != null && contentType.startsWith(MediaType.TEXT_HTML_VALUE);
        }
    }
}
