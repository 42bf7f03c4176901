package org.rabta.investigations.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A made-up accused person and their path, in the order AccusedPath allows and never past today: about two in three
 * arrested (some then bailed), some of the others absconding; of those arrested, three in five charge-sheeted; of
 * those, a verdict for about a third, of which two in five are convictions. So of 100 accused about 65 are arrested,
 * 39 charge-sheeted, 14 decided and 5 convicted: many arrests, fewer prosecutions, few convictions, as the published
 * national figures have it. Charge-sheeted accused still on trial have a next hearing within three months.
 */
record SyntheticPath(LocalDate registeredOn, boolean female, int ageYears, String nationality, String cnic, String role,
                     String court, List<Event> events, LocalDate arrestedOn, LocalDate chargeSheetOn, LocalDate verdictOn,
                     String verdict, LocalDate nextHearingOn) {

    record Event(String type, LocalDate on, Integer imprisonmentMonths, Long fineRupees, LocalDate nextHearingOn,
                 List<Sentence> offences) {
    }

    record Sentence(String offence, Integer imprisonmentMonths, Long fineRupees) {
    }

    private static final String[] ROLES = {"RECRUITER", "RECRUITER", "RECRUITER", "FACILITATOR", "FACILITATOR",
            "EXPLOITER", "EXPLOITER", "TRANSPORTER", "HARBOURER", "OTHER", "FINANCIER", "OFFICIAL"};
    private static final String[] COURTS = {"Sessions Court Lahore", "Sessions Court Karachi", "Sessions Court Rawalpindi",
            "Sessions Court Gujranwala", "Sessions Court Faisalabad", "Sessions Court Multan", "Sessions Court Peshawar",
            "Sessions Court Quetta", "Sessions Court Sialkot", "Sessions Court Hyderabad"};
    private static final String[] FIA_OFFENCES = {"PSMA_2018_S3", "PSMA_2018_S3", "PSMA_2018_S4", "PSMA_2018_S5",
            "PTPA_2018_S3", "PTPA_2018_S3", "EO_1979_S17", "EO_1979_S18", "EO_1979_S22", "PPC_370"};
    private static final String[] POLICE_OFFENCES = {"PPC_365B", "PPC_366A", "PPC_366B", "PPC_370", "PPC_371A", "PPC_371B",
            "PPC_374", "PPC_371A", "PTPA_2018_S3", "PTPA_2018_S4", "BLSAA_1992_S11"};

    /** The offences of an FIR: one of the agency's usual, and for three in ten a second. */
    static List<String> offences(String agencyType, SplittableRandom random) {
        String[] usual = agencyType.equals("FIA") ? FIA_OFFENCES : POLICE_OFFENCES;
        Set<String> codes = new LinkedHashSet<>();
        codes.add(usual[random.nextInt(usual.length)]);
        if (random.nextInt(10) < 3) {
            codes.add(usual[random.nextInt(usual.length)]);
        }
        return List.copyOf(codes);
    }

    static SyntheticPath of(LocalDate registeredOn, LocalDate today, List<String> charged, SplittableRandom random) {
        boolean female = random.nextInt(100) < 12;
        int age = 20 + random.nextInt(46);
        String nationality = random.nextInt(100) < 94 ? "PK" : new String[] {"AF", "IN", "BD", "IR"}[random.nextInt(4)];
        String cnic = nationality.equals("PK") && random.nextInt(10) < 6 ? cnic(female, random) : null;
        String court = COURTS[random.nextInt(COURTS.length)];
        List<Event> events = new ArrayList<>();
        LocalDate arrested = null;
        LocalDate chargeSheet = null;
        LocalDate verdictOn = null;
        String verdict = null;
        LocalDate nextHearing = null;
        if (random.nextInt(100) < 65) {
            arrested = ifPast(registeredOn.plusDays(1 + random.nextInt(90)), today);
        } else if (random.nextInt(100) < 40) {
            LocalDate absconded = ifPast(registeredOn.plusDays(30 + random.nextInt(90)), today);
            if (absconded != null) {
                events.add(new Event("ABSCONDED", absconded, null, null, null, List.of()));
            }
        }
        if (arrested != null) {
            events.add(new Event("ARRESTED", arrested, null, null, null, List.of()));
            LocalDate latest = arrested;
            if (random.nextInt(100) < 40) {
                LocalDate bailed = ifPast(arrested.plusDays(7 + random.nextInt(54)), today);
                if (bailed != null) {
                    events.add(new Event("BAILED", bailed, null, null, null, List.of()));
                    latest = bailed;
                }
            }
            if (random.nextInt(100) < 60) {
                chargeSheet = ifPast(latest.plusDays(14 + random.nextInt(107)), today);
            }
        }
        if (chargeSheet != null) {
            boolean decided = random.nextInt(100) < 35;
            verdictOn = decided ? ifPast(chargeSheet.plusDays(90 + random.nextInt(631)), today) : null;
            nextHearing = verdictOn == null ? today.plusDays(1 + random.nextInt(90)) : null;
            events.add(new Event("CHARGE_SHEET", chargeSheet, null, null, nextHearing,
                    charged.stream().map(code -> new Sentence(code, null, null)).toList()));
            if (verdictOn != null) {
                int kind = random.nextInt(100);
                verdict = kind < 40 ? "CONVICTED" : kind < 90 ? "ACQUITTED" : "COMPROMISED";
                List<Sentence> sentences = verdict.equals("CONVICTED")
                        ? charged.stream().map(code -> new Sentence(code, 12 + random.nextInt(109),
                        50_000L * (1 + random.nextInt(20)))).toList()
                        : List.of();
                Integer months = sentences.isEmpty() ? null : sentences.stream().mapToInt(Sentence::imprisonmentMonths).max().orElseThrow();
                Long fine = sentences.isEmpty() ? null : sentences.stream().mapToLong(Sentence::fineRupees).sum();
                events.add(new Event(verdict, verdictOn, months, fine, null, sentences));
            }
        }
        return new SyntheticPath(registeredOn, female, age, nationality, cnic, ROLES[random.nextInt(ROLES.length)], court,
                List.copyOf(events), arrested, chargeSheet, verdictOn, verdict, nextHearing);
    }

    private static LocalDate ifPast(LocalDate day, LocalDate today) {
        return day.isAfter(today) ? null : day;
    }

    /** A made-up CNIC of a Punjab district, last digit odd for men and even for women as on real ones. */
    private static String cnic(boolean female, SplittableRandom random) {
        int last = 2 * random.nextInt(5) + (female ? 0 : 1);
        return String.format("352%02d-%07d-%d", random.nextInt(100), random.nextInt(10_000_000), last);
    }
}
