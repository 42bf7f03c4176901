/**
 * Stored screenings, the questionnaire and the ILO/EC indicators. The engine ({@code engine}) is plain Java
 * and carries no annotation of its own: the module test exposes it as the named interface {@code screening :: engine}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "cases", "directory", "shared"})
package org.rabta.screening;

import org.springframework.modulith.ApplicationModule;
