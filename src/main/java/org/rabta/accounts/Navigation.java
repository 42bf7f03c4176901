package org.rabta.accounts;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.rabta.web.TemplateObject;
import org.springframework.stereotype.Component;

/**
 * Which links the layout's navigation shows the signed-in user, by role, in one read per page: the template asks
 * {@code #navigation.links()} once instead of evaluating a Spring Security expression for every link (a few per cent
 * of every page's CPU). A link only saves a click: each screen's service checks the user's rights again.
 */
@Component
public class Navigation implements TemplateObject {

    private static final Set<Role> CASE_ROLES = EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR);
    private static final Set<Role> STATISTICS_ROLES = EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR, Role.COMMITTEE_MEMBER,
            Role.ANALYST);
    private static final Set<Role> COMMITTEE_ROLES = EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR, Role.COMMITTEE_MEMBER,
            Role.ADMIN);

    @Override
    public String templateName() {
        return "navigation";
    }

    /** The links of the current request's user; {@link Links#NONE} before sign-in. */
    public Links links() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof RabtaUser user)) {
            return Links.NONE;
        }
        return new Links(true, user.fullName(), user.agencyName(LocaleContextHolder.getLocale()), holdsAny(user, CASE_ROLES),
                holdsAny(user, STATISTICS_ROLES), holdsAny(user, COMMITTEE_ROLES), user.hasRole(Role.ADMIN));
    }

    private static boolean holdsAny(RabtaUser user, Set<Role> roles) {
        return roles.stream().anyMatch(user::hasRole);
    }

    /** {@code cases}: the case list and the referrals; {@code admin}: agencies, users, districts and the audit trail. */
    public record Links(boolean signedIn, String fullName, String agencyName, boolean cases, boolean statistics,
                        boolean committees, boolean admin) {

        static final Links NONE = new Links(false, null, null, false, false, false, false);
    }
}
