package org.rabta.accounts.twofactor;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * A signed-in browser for MockMvc: the session lives in PostgreSQL and travels as a cookie, which this keeps
 * current (its id changes when the second factor is given, as it does at sign-in).
 */
public final class CookieSession {

    private static final String NAME = "SESSION";

    private final MockMvc mvc;
    private Cookie cookie;

    private CookieSession(MockMvc mvc, Cookie cookie) {
        this.mvc = mvc;
        this.cookie = cookie;
    }

    public static CookieSession signIn(MockMvc mvc, String username, String password) throws Exception {
        Cookie cookie = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookie(NAME);
        return new CookieSession(mvc, cookie);
    }

    /** A browser without a session yet (the first response that opens one sets its cookie). */
    public static CookieSession none(MockMvc mvc) {
        return new CookieSession(mvc, null);
    }

    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions actions = mvc.perform(cookie == null ? request : request.cookie(cookie));
        Cookie renewed = actions.andReturn().getResponse().getCookie(NAME);
        if (renewed != null) {
            cookie = renewed;
        }
        return actions;
    }
}
