package org.rabta.reporting;

/** What the statistics pages show beside a filter that names no such period, province or district. */
public record FilterError(String field, String messageCode) {

    static FilterError of(InvalidFilterException exception) {
        return new FilterError(exception.field(), exception.messageCode());
    }
}
