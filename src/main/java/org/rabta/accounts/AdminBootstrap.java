package org.rabta.accounts;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.rabta.directory.AgencyForm;
import org.rabta.directory.AgencyService;
import org.rabta.directory.AgencyType;
import org.rabta.directory.JurisdictionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Production start with an empty database: when no active admin exists and
 * {@code RABTA_ADMIN_USERNAME} / {@code RABTA_ADMIN_PASSWORD} are set, create the administering
 * agency and that admin, who must change the password at first sign-in.
 */
@Component
@RequiredArgsConstructor
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN_AGENCY_CODE = "RABTA-ADMIN";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountService accounts;
    private final AgencyService agencies;
    @Value("${rabta.bootstrap-admin.username:}")
    private final String username;
    @Value("${rabta.bootstrap-admin.password:}")
    private final String password;

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || accounts.activeAdminExists()) {
            return;
        }
        SystemIdentity.run(() -> {
            if (agencies.findByCode(ADMIN_AGENCY_CODE).isEmpty()) {
                agencies.create(new AgencyForm(ADMIN_AGENCY_CODE, "Rabta Administration", "رابطہ انتظامیہ",
                        AgencyType.GOVERNMENT_DEPARTMENT, JurisdictionLevel.NATIONAL, null, Set.of(), Set.of(),
                        null, null, null, null, null));
            }
            accounts.createWithPassword(username, "Administrator", ADMIN_AGENCY_CODE, Set.of(Role.ADMIN), password, true);
        });
        log.info("Created the first administrator '{}'; they must change the password at first sign-in", Usernames.normalise(username));
    }
}
