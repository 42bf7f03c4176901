package org.rabta.audit;

/**
 * What an audit line says was done. Each feature names its actions in an enum of its own that implements this
 * interface (the audit trail knows no feature); the constant's {@link #name()} is what {@code audit_event.action}
 * stores, which existing rows, the administrators' filter and exports read: renaming a constant needs a migration
 * of the rows.
 */
public interface AuditAction {

    String name();
}
