package org.rabta.investigations;

/** The laws of the offence catalogue; statistics count an investigation under each law among its offences. */
public enum Law {
    /** Prevention of Trafficking in Persons Act 2018. */
    PTPA,
    /** Prevention of Smuggling of Migrants Act 2018. */
    PSMA,
    /** Pakistan Penal Code. */
    PPC,
    /** Emigration Ordinance 1979. */
    EO,
    /** Bonded Labour System (Abolition) Act 1992. */
    BLSAA
}
