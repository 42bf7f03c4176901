/**
 * Users, roles, sign-in, lockout, passwords and the security configuration; two-step sign-in
 * ({@code twofactor}) and personal API tokens ({@code apitokens}) are its own sub-packages, used by no other module.
 */
@ApplicationModule(allowedDependencies = {"audit", "directory", "infrastructure", "shared", "web"})
package org.rabta.accounts;

import org.springframework.modulith.ApplicationModule;
