/**
 * Investigations and prosecutions: the FIR of a crime behind victims' cases, the offences charged, the accused and
 * their path from arrest to verdict and appeal, and mutual legal assistance with the countries on the route.
 */
@ApplicationModule(allowedDependencies = {
        "accounts", "audit", "cases", "cases :: synthetic", "directory", "geography", "notifications", "shared",
        "web"})
package org.rabta.investigations;

import org.springframework.modulith.ApplicationModule;
