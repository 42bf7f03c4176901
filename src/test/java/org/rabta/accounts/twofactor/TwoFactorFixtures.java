package org.rabta.accounts.twofactor;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.rabta.accounts.RabtaUser;
import org.rabta.accounts.Role;
import org.rabta.accounts.SecondFactor;
import org.rabta.accounts.SystemIdentity;
import org.rabta.accounts.UserAccount;
import org.rabta.accounts.UserAccountService;

/** Fresh users (so tests never share a lockout or an authenticator) and enrolment as a user would do it. */
public final class TwoFactorFixtures {

    public static final String PASSWORD = "Second-factor-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record Enrolled(RabtaUser user, byte[] secret, List<String> recoveryCodes) {
    }

    private TwoFactorFixtures() {
    }

    /** A new active user of FIA Lahore with {@link #PASSWORD}, not asked to change it. */
    public static RabtaUser newUser(UserAccountService accounts, Role role) {
        int number = SEQUENCE.incrementAndGet();
        String username = "mfa." + role.name().toLowerCase() + number + "." + System.nanoTime() % 100_000;
        AtomicReference<UserAccount> created = new AtomicReference<>();
        // A name as short as a real one: the navigation bar has room for a name and the agency, not for a username twice.
        SystemIdentity.run(() -> created.set(accounts.createWithPassword(username, "Tester " + number, "FIA-AHTC-LHR",
                Set.of(role), PASSWORD, false)));
        UserAccount account = created.get();
        return new RabtaUser(account.getId(), username, account.getFullName(), account.getAgency().getId(),
                account.getAgency().getCode(), account.getAgency().getName(), account.getAgency().getNameUr(), Set.of(role), false, null, true, false,
                SecondFactor.NONE);
    }

    /** Enrols the user with the code an app would show now; answers the secret and the recovery codes. */
    public static Enrolled enrol(SecondFactorService secondFactors, RabtaUser user, Clock clock) {
        AtomicReference<Enrolled> enrolled = new AtomicReference<>();
        SystemIdentity.runAs(user, () -> {
            byte[] secret = Base32.decode(secondFactors.startEnrolment(user).secret());
            List<String> codes = secondFactors.confirmEnrolment(user, codeAt(secret, clock, 0));
            enrolled.set(new Enrolled(user.withSecondFactor(SecondFactor.CODE), secret, codes));
        });
        return enrolled.get();
    }

    /** The code the app shows {@code steps} steps of 30 s from now (of the application's clock). */
    public static String codeAt(byte[] secret, Clock clock, int steps) {
        return Totp.code(secret, Totp.step(clock.instant()) + steps);
    }
}
