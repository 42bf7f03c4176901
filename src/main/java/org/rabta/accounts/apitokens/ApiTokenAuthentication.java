package org.rabta.accounts.apitokens;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.rabta.accounts.RabtaUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/** A request authenticated by a personal API token: the token's user with their roles of this moment. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final RabtaUser user;
    private final long tokenId;

    ApiTokenAuthentication(RabtaUser user, long tokenId) {
        super(authorities(user));
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> authorities(RabtaUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
        return authorities;
    }

    long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public RabtaUser getPrincipal() {
        return user;
    }
}
