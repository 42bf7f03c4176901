package org.rabta.accounts;

import org.rabta.accounts.apitokens.ApiTokenAuthenticationFilter;
import org.rabta.accounts.apitokens.ApiTokenService;
import org.rabta.accounts.apitokens.BasicRefusedWithSecondFactor;
import org.rabta.accounts.twofactor.SecondFactorAuthorization;
import org.rabta.infrastructure.DatabaseOutage;
import org.rabta.web.StaticAssets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains: one for the static assets (no session, no security context: they are the same for everyone,
 * so serving one reads nothing from the database), a stateless one for {@code /api/**} (personal API tokens or HTTP Basic, JSON errors, no
 * session, no CSRF because no cookie is ever honoured there) and one for people in a browser (form login with a
 * second factor where one is owed, PostgreSQL-backed session, CSRF on every form). Fine-grained rules live in the
 * services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /**
     * No Spring Security observations: with an observation registry present it wraps every filter of every chain, and
     * the authentication and authorization managers, in an observation nothing reads (no tracing here), a few per cent
     * of each request's CPU. The HTTP request metrics are Spring MVC's and stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * CSS, scripts, images and webjars: public, and served without loading the session (which is in PostgreSQL) or
     * creating one; the same security headers as the pages.
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticAssetsChain(HttpSecurity http, @Value("${rabta.security.hsts:false}") boolean hsts) throws Exception {
        http.securityMatcher(StaticAssets.REQUESTS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .addFilterBefore(new StaticAssets.WithoutSession(), SecurityContextHolderFilter.class)
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> pageHeaders(headers, hsts));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemDetailSecurityHandlers problems, ApiTokenService tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterAfter(new BasicRefusedWithSecondFactor(problems), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new MustChangePasswordFilter(problems), BasicAuthenticationFilter.class)
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, UserLocaleSuccessHandler successHandler,
                                 @Value("${rabta.security.hsts:false}") boolean hsts) throws Exception {
        // Rules from this factory also demand the second factor of a user who owes one (SecondFactorAuthorization).
        AuthorizationManagerFactory<RequestAuthorizationContext> signedIn = SecondFactorAuthorization.requests();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(SecondFactorAuthorization.BEFORE_SECOND_FACTOR).access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/actuator/**", "/admin/**").access(signedIn.hasRole("ADMIN"))
                        .anyRequest().access(signedIn.authenticated()))
                .exceptionHandling(ex -> ex.defaultDeniedHandlerForMissingAuthority(
                        new LoginUrlAuthenticationEntryPoint(SecondFactorAuthorization.CODE_PAGE), SecondFactorAuthorization.TOTP_AUTHORITY))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(successHandler)
                        .failureHandler(loginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .addFilterAfter(new MustChangePasswordFilter(null), BasicAuthenticationFilter.class)
                .headers(headers -> pageHeaders(headers, hsts));
        return http.build();
    }

    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers, boolean hsts) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
        if (!hsts) {
            headers.httpStrictTransportSecurity(sts -> sts.disable());
        }
    }

    /**
     * The same message for a wrong password, an unknown user and a locked account: no hint either way. A sign-in that
     * failed because the database could not be asked is none of these: it goes on up as the failure it is, and
     * web.DatabaseOutageFilter answers 503 (the password was never checked, and no attempt is counted).
     */
    private static AuthenticationFailureHandler loginFailureHandler() {
        SimpleUrlAuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            if (DatabaseOutage.of(exception).isPresent()) {
                throw exception;
            }
            wrongCredentials.onAuthenticationFailure(request, response, exception);
        };
    }
}
