package org.rabta.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's own classes (not the tests'), read once for every test that checks a rule over all of them, so
 * that a class added tomorrow is checked without anyone naming it. Reading them takes seconds: it is done once.
 */
public final class ApplicationClasses {

    public static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rabta");

    private ApplicationClasses() {
    }
}
