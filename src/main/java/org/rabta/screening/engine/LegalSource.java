package org.rabta.screening.engine;

/**
 * A provision a rule rests on. {@link #citation()} is the short citation returned by the API; the
 * full, translated title is the message {@code screening.law.<NAME>}.
 */
public enum LegalSource {
    PTPA_S3("PTPA 2018 s.3"),
    PTPA_S4("PTPA 2018 s.4"),
    PTPA_S6("PTPA 2018 s.6"),
    PTPA_S7("PTPA 2018 s.7"),
    PTPA_S8("PTPA 2018 s.8"),
    PSMA_2018("PSMA 2018"),
    PALERMO_PROTOCOL_ART3("Palermo Trafficking Protocol art. 3"),
    SMUGGLING_PROTOCOL_ART3("Smuggling Protocol art. 3"),
    SMUGGLING_PROTOCOL_ART5("Smuggling Protocol art. 5"),
    SMUGGLING_PROTOCOL_ART6_3("Smuggling Protocol art. 6(3)"),
    EMIGRATION_ORDINANCE_S17("Emigration Ordinance 1979 s.17"),
    PASSPORTS_ACT("Passports Act 1974"),
    FOREIGNERS_ACT("Foreigners Act 1946");

    private final String citation;

    LegalSource(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
