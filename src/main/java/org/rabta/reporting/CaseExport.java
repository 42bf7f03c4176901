package org.rabta.reporting;

import java.io.IOException;
import java.io.OutputStream;

/** An export checked and audited, ready to stream its rows to the response. */
@FunctionalInterface
public interface CaseExport {

    void writeTo(OutputStream out) throws IOException;
}
