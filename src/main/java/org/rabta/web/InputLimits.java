package org.rabta.web;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may carry ({@code rabta.limits.*}, see the README): a JSON body, a CSV import (the API's
 * {@code text/csv} body or the import screen's upload) and the depth of JSON nesting. The CSV row limit is the
 * importer's ({@code rabta.limits.csv-rows}); attachments have their own 10 MB limit.
 */
@Component
@RequiredArgsConstructor
public class InputLimits {

    @Value("${rabta.limits.json-size}")
    private final DataSize jsonSize;
    @Value("${rabta.limits.json-depth}")
    private final int jsonDepth;
    @Value("${rabta.limits.csv-size}")
    private final DataSize csvSize;

    public DataSize jsonSize() {
        return jsonSize;
    }

    public int jsonDepth() {
        return jsonDepth;
    }

    public DataSize csvSize() {
        return csvSize;
    }

    /** A size as people read it: "30 MB", "512 KB". */
    static String readable(DataSize size) {
        return size.toBytes() % (1024 * 1024) == 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
