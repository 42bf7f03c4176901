/**
 * Embedded PostgreSQL for the zero-setup run, and the clock.
 */
@ApplicationModule(allowedDependencies = {})
package org.rabta.infrastructure;

import org.springframework.modulith.ApplicationModule;
