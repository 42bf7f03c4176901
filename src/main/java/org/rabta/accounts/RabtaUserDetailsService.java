package org.rabta.accounts;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.rabta.accounts.twofactor.SecondFactorRequirement;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class RabtaUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;
    private final SecondFactorRequirement secondFactors;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(Usernames.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return RabtaUser.of(account, account.isLockedAt(clock.instant()),
                secondFactors.of(account.getId(), account.getRoles()));
    }
}
