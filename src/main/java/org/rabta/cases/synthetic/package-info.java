/**
 * The synthetic case loader: realistic cases in bulk (PostgreSQL COPY) for the demo data and the benchmarks.
 * A named interface of {@code cases}, so that the demo module may use it.
 */
@NamedInterface("synthetic")
package org.rabta.cases.synthetic;

import org.springframework.modulith.NamedInterface;
