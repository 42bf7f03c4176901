/**
 * Agencies and the services they offer.
 */
@ApplicationModule(allowedDependencies = {"audit", "geography", "infrastructure", "shared", "web"})
package org.rabta.directory;

import org.springframework.modulith.ApplicationModule;
