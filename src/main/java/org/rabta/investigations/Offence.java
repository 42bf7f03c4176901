package org.rabta.investigations;

/**
 * The fixed catalogue of offences an FIR or a charge sheet names (table {@code offence}, which the database checks
 * every stored code against). {@link #catalogueVersion} is the edition of the catalogue the offence entered: a later
 * edition adds constants with a higher version and never changes or removes one, so old investigations keep their
 * meaning. English and Urdu names are the messages {@code investigations.offence.<CODE>}.
 */
public enum Offence {
    PTPA_2018_S3(Law.PTPA), PTPA_2018_S4(Law.PTPA),
    PSMA_2018_S3(Law.PSMA), PSMA_2018_S4(Law.PSMA), PSMA_2018_S5(Law.PSMA),
    PPC_365B(Law.PPC), PPC_366A(Law.PPC), PPC_366B(Law.PPC), PPC_370(Law.PPC), PPC_371A(Law.PPC), PPC_371B(Law.PPC),
    PPC_374(Law.PPC),
    EO_1979_S17(Law.EO), EO_1979_S18(Law.EO), EO_1979_S22(Law.EO),
    BLSAA_1992_S11(Law.BLSAA);

    /** The edition of the catalogue this code shows. */
    public static final int CATALOGUE_VERSION = 1;

    private final Law law;
    private final int catalogueVersion;

    Offence(Law law) {
        this(law, 1);
    }

    Offence(Law law, int catalogueVersion) {
        this.law = law;
        this.catalogueVersion = catalogueVersion;
    }

    public Law law() {
        return law;
    }

    public int catalogueVersion() {
        return catalogueVersion;
    }
}
