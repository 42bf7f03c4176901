/**
 * Provinces and districts: reference data that admins add, rename and retire.
 */
@ApplicationModule(allowedDependencies = {"audit", "infrastructure", "shared", "web"})
package org.rabta.geography;

import org.springframework.modulith.ApplicationModule;
