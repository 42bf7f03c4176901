/**
 * The append-only audit trail and each case's "who looked at this person".
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.rabta.audit;

import org.springframework.modulith.ApplicationModule;
