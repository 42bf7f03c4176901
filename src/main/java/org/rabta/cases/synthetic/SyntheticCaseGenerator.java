package org.rabta.cases.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.rabta.cases.synthetic.SyntheticNames.Name;
import org.rabta.shared.Childhood;

/**
 * Made-up but plausible victim cases, deterministic for a seed. The mix follows Pakistan's police statistics of
 * identified victims (2020: 15,255 women, 9,581 men, 6,937 children and 249 transgender persons of 32,022), most
 * cases in Punjab and Sindh but every district present, identification dates growing year by year up to today,
 * forms of exploitation that depend on who the person is, CNICs for some adults, and about one person in seventy
 * registered twice by different agencies under another spelling of the name, as the duplicate finder must catch.
 * Cases come in chronological order, so case numbers grow with the registration time as they would in real use.
 */
final class SyntheticCaseGenerator {

    /** A district cases can be identified in, with its province's case-number prefix. */
    record Place(String code, String provinceCode, String casePrefix, String name) {
    }

    /** Someone of the agency who may hold a case (a caseworker or supervisor). */
    record Staff(long id, String username, String fullName) {
    }

    /** An agency that owns cases, the places it works in and its case staff. */
    record Owner(long agencyId, String code, String type, Set<String> districtCodes, List<Staff> staff) {
    }

    private record Person(Name first, String firstSpelling, Name last, String lastSpelling, String father, String sex,
                          int birthYear, LocalDate dateOfBirth, String cnic, String nationality, Owner owner) {
    }

    private static final double DUPLICATE_PERSON_SHARE = 0.015;
    private static final int REMEMBERED_PERSONS = 5000;

    private static final Map<String, Double> PROVINCE_SHARES = Map.of(
            "PB", 0.58, "SD", 0.26, "KP", 0.08, "BA", 0.03, "IS", 0.025, "AK", 0.0125, "GB", 0.0125);
    /** Districts with the large cities, the airports and most identified victims. */
    private static final Map<String, Double> BUSY_DISTRICTS = Map.ofEntries(
            Map.entry("Lahore", 10.0), Map.entry("Faisalabad", 5.0), Map.entry("Rawalpindi", 5.0), Map.entry("Multan", 4.0),
            Map.entry("Gujranwala", 4.0), Map.entry("Sialkot", 3.0), Map.entry("East Karachi", 5.0),
            Map.entry("Central Karachi", 5.0), Map.entry("South Karachi", 5.0), Map.entry("West Karachi", 4.0),
            Map.entry("Korangi Karachi", 4.0), Map.entry("Malir Karachi", 4.0), Map.entry("Hyderabad", 4.0),
            Map.entry("Peshawar", 5.0), Map.entry("Quetta", 5.0), Map.entry("Islamabad", 5.0));
    private static final Map<String, Character> CNIC_REGION = Map.of(
            "KP", '1', "PB", '3', "SD", '4', "BA", '5', "IS", '6', "GB", '7', "AK", '8');
    private static final Map<String, List<String>> LANGUAGES = Map.of(
            "PB", List.of("Punjabi, Urdu", "Saraiki", "Punjabi"), "SD", List.of("Sindhi, Urdu", "Sindhi", "Urdu"),
            "KP", List.of("Pashto", "Hindko, Urdu", "Pashto, Urdu"), "BA", List.of("Balochi", "Brahui", "Pashto"),
            "IS", List.of("Urdu, Punjabi", "Urdu"), "GB", List.of("Shina, Urdu", "Balti"), "AK", List.of("Pahari, Urdu"),
            "AF", List.of("Dari, Pashto", "Pashto"), "BD", List.of("Bengali"), "MM", List.of("Rohingya"));

    private final SplittableRandom random;
    private final List<Place> places;
    private final double[] placeCumulative;
    private final Map<String, List<Owner>> ownersByDistrict = new HashMap<>();
    private final List<Owner> owners;
    private final LocalDate firstDay;
    private final LocalDate today;
    private final Instant now;
    private final ZoneId zone;
    private final int total;
    private final double[] dayCumulative;
    private final List<Person> remembered = new ArrayList<>();

    SyntheticCaseGenerator(long seed, List<Place> places, List<Owner> owners, LocalDate firstDay, Instant now, ZoneId zone,
                           int total) {
        if (places.isEmpty() || owners.isEmpty()) {
            throw new IllegalArgumentException("Synthetic cases need districts and at least one agency with case staff");
        }
        this.random = new SplittableRandom(seed);
        this.places = List.copyOf(places);
        this.owners = List.copyOf(owners);
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
        this.firstDay = firstDay.isAfter(today) ? today : firstDay;
        this.total = Math.max(total, 1);
        this.placeCumulative = placeWeights(this.places);
        this.dayCumulative = dayWeights(this.firstDay, this.today);
    }

    /** The {@code index}-th of {@code total} cases (0-based): later indexes are identified later. */
    SyntheticCase next(int index) {
        LocalDate identifiedOn = identificationDay(index);
        Place district = place();
        Owner owner = ownerFor(district);
        Staff caseworker = owner.staff().get(random.nextInt(owner.staff().size()));
        String how = howIdentified(owner.type());

        Person person = random.nextDouble() < DUPLICATE_PERSON_SHARE ? registeredAgain(owner) : null;
        person = person != null ? person : newPerson(identifiedOn, district, how);
        remember(new Person(person.first(), person.firstSpelling(), person.last(), person.lastSpelling(), person.father(),
                person.sex(), person.birthYear(), person.dateOfBirth(), person.cnic(), person.nationality(), owner));

        Integer age = person.birthYear() == 0 ? null : ageOn(person, identifiedOn);
        LocalDate dateOfBirth = age == null ? null : person.dateOfBirth();
        boolean child = age != null && age < Childhood.ADULT_AGE;
        String group = person.sex().equals("TRANSGENDER") ? "TRANSGENDER" : child ? "CHILD" : person.sex();

        List<String> exploitation = exploitationTypes(group);
        boolean crossBorder = how.equals("BORDER_OR_AIRPORT") || how.equals("DEPORTEE_OR_RETURNEE") || random.nextDouble() < 0.08;
        Route route = route(person.nationality(), district, crossBorder);

        Instant createdAt = registrationTime(identifiedOn);
        String dataConsent = weighted(new String[] {"GIVEN", "REFUSED", "NOT_ASKED"}, 0.78, 0.05, 0.17);
        String referralConsent = dataConsent.equals("NOT_ASKED") ? "NOT_ASKED"
                : weighted(new String[] {"GIVEN", "REFUSED", "NOT_ASKED"}, 0.7, 0.1, 0.2);
        boolean consentAsked = !dataConsent.equals("NOT_ASKED");

        long daysOpen = ChronoUnit.DAYS.between(identifiedOn, today);
        boolean closed = daysOpen > 14 && random.nextDouble() < Math.min(0.8, daysOpen / 1200.0);
        LocalDate closedOn = closed ? identifiedOn.plusDays(7 + random.nextLong(daysOpen - 6)) : null;
        Instant closedAt = closed ? clampToNow(closedOn.atTime(10 + random.nextInt(7), random.nextInt(60)).atZone(zone).toInstant()) : null;
        if (closedAt != null && closedAt.isBefore(createdAt)) {
            closedAt = createdAt.plusSeconds(3600);
            closedOn = LocalDate.ofInstant(closedAt, zone);
        }
        Instant followUpAt = !closed && daysOpen > 3 && random.nextDouble() < 0.25
                ? between(createdAt, createdAt.plus(Duration.ofDays(Math.min(daysOpen, 90)))) : null;
        String status = closed ? (random.nextDouble() < 0.4 ? "CLOSED_REFERRED" : "CLOSED") : followUpAt != null ? "FOLLOW_UP" : "ACTIVE";

        List<SyntheticCase.Note> notes = notes(createdAt, closedAt);
        List<SyntheticCase.Attachment> attachments = attachments(createdAt, closedAt);
        Instant updatedAt = createdAt;
        for (Instant change : new Instant[] {closedAt, followUpAt}) {
            if (change != null && change.isAfter(updatedAt)) {
                updatedAt = change;
            }
        }
        String province = district.casePrefix();
        return new SyntheticCase(owner, caseworker, status, identifiedOn, district, how,
                person.firstSpelling(), person.lastSpelling(), person.father(),
                random.nextDouble() < 0.05 ? SyntheticNames.NICKNAMES.get(random.nextInt(SyntheticNames.NICKNAMES.size())) : null,
                person.sex(), dateOfBirth, age, person.nationality(), person.cnic(),
                passport(person.nationality(), how), languages(person.nationality(), province), disability(),
                random.nextDouble() < 0.4 ? "+923" + random.nextInt(5) + digits(8) : null,
                random.nextDouble() < 0.5 ? address(district) : null,
                route.originCountry(), route.originDistrict(), route.transit(), route.destinationCountry(), route.destinationDistrict(),
                exploitation, controlMethods(exploitation), recruitmentMethods(exploitation, crossBorder),
                random.nextDouble() < 0.35 ? exploitationNote(exploitation.getFirst()) : null,
                dataConsent, referralConsent, consentAsked ? LocalDate.ofInstant(createdAt, zone) : null,
                consentAsked ? caseworker.fullName() : null,
                consentAsked && child ? pick(List.of("Mother", "Father", "Elder brother", "Aunt", "Child Protection Officer")) : null,
                closedOn, closed ? closeReason(status, district) : null, closedAt, followUpAt, createdAt, updatedAt,
                notes, attachments);
    }

    // ------------------------------------------------------------------ when and where

    private LocalDate identificationDay(int index) {
        double quantile = Math.min((index + random.nextDouble()) / total, Math.nextDown(1.0));
        int day = Arrays.binarySearch(dayCumulative, quantile);
        day = day >= 0 ? day : -day - 1;
        return firstDay.plusDays(Math.min(day, dayCumulative.length - 1));
    }

    /** Identification grows by about a fifth each year, as the number of identified victims has. */
    private static double[] dayWeights(LocalDate firstDay, LocalDate today) {
        int days = (int) ChronoUnit.DAYS.between(firstDay, today) + 1;
        double[] cumulative = new double[days];
        double sum = 0;
        for (int day = 0; day < days; day++) {
            sum += Math.pow(1.2, day / 365.0);
            cumulative[day] = sum;
        }
        for (int day = 0; day < days; day++) {
            cumulative[day] /= sum;
        }
        return cumulative;
    }

    private static double[] placeWeights(List<Place> places) {
        Map<String, Double> provinceTotals = new HashMap<>();
        for (Place place : places) {
            provinceTotals.merge(place.casePrefix(), BUSY_DISTRICTS.getOrDefault(place.name(), 1.0), Double::sum);
        }
        double[] cumulative = new double[places.size()];
        double sum = 0;
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            sum += PROVINCE_SHARES.getOrDefault(place.casePrefix(), 0.01) * BUSY_DISTRICTS.getOrDefault(place.name(), 1.0)
                    / provinceTotals.get(place.casePrefix());
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private Place place() {
        int i = Arrays.binarySearch(placeCumulative, random.nextDouble());
        return places.get(Math.min(i >= 0 ? i : -i - 1, places.size() - 1));
    }

    /**
     * An agency working in the district; where none does, an FIA circle (the FIA's anti-trafficking mandate is
     * federal), and failing that any agency.
     */
    private Owner ownerFor(Place district) {
        List<Owner> candidates = ownersByDistrict.computeIfAbsent(district.code(), code -> {
            List<Owner> local = owners.stream().filter(owner -> owner.districtCodes().contains(code)).toList();
            if (!local.isEmpty()) {
                return local;
            }
            List<Owner> fia = owners.stream().filter(owner -> owner.type().equals("FIA")).toList();
            return fia.isEmpty() ? owners : fia;
        });
        return candidates.get(random.nextInt(candidates.size()));
    }

    private String howIdentified(String agencyType) {
        return switch (agencyType) {
            case "FIA" -> weighted(new String[] {"BORDER_OR_AIRPORT", "DEPORTEE_OR_RETURNEE", "RESCUE", "HOTLINE", "OTHER"},
                    0.4, 0.3, 0.15, 0.1, 0.05);
            case "POLICE" -> weighted(new String[] {"RESCUE", "HOTLINE", "SELF_REFERRAL", "OTHER"}, 0.55, 0.25, 0.1, 0.1);
            case "NGO" -> weighted(new String[] {"NGO_OUTREACH", "SELF_REFERRAL", "HOTLINE", "OTHER"}, 0.45, 0.25, 0.2, 0.1);
            default -> weighted(new String[] {"HOTLINE", "RESCUE", "SELF_REFERRAL", "NGO_OUTREACH", "OTHER"},
                    0.35, 0.25, 0.2, 0.1, 0.1);
        };
    }

    private Instant registrationTime(LocalDate identifiedOn) {
        Instant at = identifiedOn.plusDays(random.nextDouble() < 0.7 ? 0 : random.nextInt(3))
                .atTime(9 + random.nextInt(9), random.nextInt(60), random.nextInt(60)).atZone(zone).toInstant();
        Instant earliest = identifiedOn.atStartOfDay(zone).toInstant();
        at = clampToNow(at);
        return at.isBefore(earliest) ? earliest : at;
    }

    private Instant clampToNow(Instant at) {
        Instant latest = now.minusSeconds(60);
        return at.isAfter(latest) ? latest : at;
    }

    private Instant between(Instant from, Instant to) {
        Instant latest = to.isAfter(now) ? now.minusSeconds(30) : to;
        long span = Duration.between(from, latest).toSeconds();
        return span <= 1 ? from.plusSeconds(1) : from.plusSeconds(1 + random.nextLong(span));
    }

    // ------------------------------------------------------------------ the person

    private Person newPerson(LocalDate identifiedOn, Place district, String how) {
        // Women 47.6 %, men 29.9 %, children 21.7 %, transgender persons 0.8 % (police statistics 2020).
        String group = weighted(new String[] {"FEMALE", "MALE", "CHILD", "TRANSGENDER", "UNKNOWN"},
                0.474, 0.297, 0.217, 0.008, 0.004);
        String sex = switch (group) {
            case "CHILD" -> random.nextDouble() < 0.55 ? "FEMALE" : "MALE";
            default -> group;
        };
        int age = group.equals("CHILD") ? Childhood.ADULT_AGE - 1 - (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * 13)
                : Childhood.ADULT_AGE + (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * 47);
        boolean ageKnown = group.equals("CHILD") || random.nextDouble() >= 0.03;
        LocalDate dateOfBirth = ageKnown && random.nextDouble() < 0.3
                ? identifiedOn.minusYears(age).minusDays(1 + random.nextInt(364)) : null;
        int birthYear = !ageKnown ? 0 : dateOfBirth != null ? dateOfBirth.getYear() : identifiedOn.getYear() - age;

        String nationality = how.equals("DEPORTEE_OR_RETURNEE") ? "PK"
                : weighted(new String[] {"PK", "AF", "BD", "MM", "IN", "NP", "LK"}, 0.93, 0.035, 0.015, 0.01, 0.005, 0.0025, 0.0025);
        List<Name> firsts = switch (sex) {
            case "FEMALE" -> SyntheticNames.FEMALE;
            case "TRANSGENDER" -> SyntheticNames.TRANSGENDER;
            default -> SyntheticNames.MALE;
        };
        Name first = SyntheticNames.pick(firsts, random);
        if (sex.equals("MALE") && first.spellings().getFirst().equals("Muhammad") && random.nextDouble() < 0.6) {
            // "Muhammad" is most often followed by a second given name, kept together as the first name.
            first = new Name(first.spellings().stream()
                    .map(spelling -> spelling + " " + SyntheticNames.MALE.get(1 + random.nextInt(SyntheticNames.MALE.size() - 1))
                            .spellings().getFirst())
                    .toList());
        }
        Name last = SyntheticNames.pick(SyntheticNames.SURNAMES, random);
        String father = random.nextDouble() < 0.85 ? fatherOrHusband(last) : null;
        boolean adult = ageKnown && age >= Childhood.ADULT_AGE;
        String cnic = nationality.equals("PK") && adult && random.nextDouble() < 0.45 ? cnic(district.casePrefix(), sex) : null;
        return new Person(first, first.spell(random), last, last.spell(random), father, sex, birthYear, dateOfBirth, cnic,
                nationality, null);
    }

    /** The same person again, registered by another agency (when there is one) with other spellings of the names. */
    private Person registeredAgain(Owner owner) {
        if (remembered.isEmpty()) {
            return null;
        }
        Person earlier = remembered.get(random.nextInt(remembered.size()));
        if (earlier.owner() == owner && owners.size() > 1) {
            return null;
        }
        return new Person(earlier.first(), earlier.first().respell(earlier.firstSpelling(), random), earlier.last(),
                earlier.last().respell(earlier.lastSpelling(), random), earlier.father(), earlier.sex(), earlier.birthYear(),
                earlier.dateOfBirth(), earlier.cnic(), earlier.nationality(), earlier.owner());
    }

    private void remember(Person person) {
        if (remembered.size() < REMEMBERED_PERSONS) {
            remembered.add(person);
        } else {
            remembered.set(random.nextInt(REMEMBERED_PERSONS), person);
        }
    }

    private Integer ageOn(Person person, LocalDate identifiedOn) {
        if (person.dateOfBirth() != null) {
            return person.dateOfBirth().isAfter(identifiedOn) ? 0 : Period.between(person.dateOfBirth(), identifiedOn).getYears();
        }
        return Math.clamp(identifiedOn.getYear() - person.birthYear(), 0, 120);
    }

    private String fatherOrHusband(Name surname) {
        Name given = SyntheticNames.pick(SyntheticNames.MALE, random);
        String first = given.spell(random);
        if (first.startsWith("Muhammad") || first.startsWith("Moh") || first.startsWith("Muh")) {
            first = first + " " + SyntheticNames.MALE.get(1 + random.nextInt(SyntheticNames.MALE.size() - 1)).spell(random);
        }
        return random.nextDouble() < 0.5 ? first + " " + surname.spell(random) : first;
    }

    /** 13 digits: region, serial, and a last digit that is odd for men and even for women, as on real CNICs. */
    private String cnic(String casePrefix, String sex) {
        char region = CNIC_REGION.getOrDefault(casePrefix, '3');
        int last = random.nextInt(5) * 2;
        if (sex.equals("MALE")) {
            last += 1;
        } else if (!sex.equals("FEMALE")) {
            last = random.nextInt(10);
        }
        return region + digits(4) + "-" + digits(7) + "-" + last;
    }

    private String passport(String nationality, String how) {
        boolean travelled = how.equals("BORDER_OR_AIRPORT") || how.equals("DEPORTEE_OR_RETURNEE");
        if (nationality.equals("PK")) {
            return travelled && random.nextDouble() < 0.7 ? letters(2) + digits(7) : null;
        }
        return random.nextDouble() < 0.3 ? letters(1) + digits(8) : null;
    }

    private String languages(String nationality, String casePrefix) {
        if (random.nextDouble() >= 0.7) {
            return null;
        }
        List<String> options = LANGUAGES.get(nationality.equals("PK") ? casePrefix : nationality);
        return options == null ? null : pick(options);
    }

    private String disability() {
        return random.nextDouble() < 0.03
                ? pick(List.of("Hearing impairment", "Partial loss of sight", "Uses crutches", "Learning disability",
                "Injured hand from kiln work"))
                : null;
    }

    private String address(Place district) {
        String locality = switch (district.casePrefix()) {
            case "SD" -> pick(List.of("Goth Allah Bux", "Lyari", "Orangi Town", "Korangi", "Baldia Town", "Latifabad"));
            case "PB" -> pick(List.of("Mohalla Islampura", "Chak " + (1 + random.nextInt(600)) + " GB", "Shadbagh",
                    "Green Town", "Mohalla Rehmanpura", "Kot Lakhpat"));
            default -> pick(List.of("Mohalla Gulbahar", "Village Shah Pur", "Mohalla Jinnah Colony", "Main Bazaar"));
        };
        return "House " + (1 + random.nextInt(400)) + ", " + locality + ", " + district.name();
    }

    // ------------------------------------------------------------------ route and exploitation

    private record Route(String originCountry, String originDistrict, List<String> transit, String destinationCountry,
                         String destinationDistrict) {
    }

    private Route route(String nationality, Place district, boolean crossBorder) {
        if (!nationality.equals("PK")) {
            List<String> transit = nationality.equals("BD") || nationality.equals("MM") ? List.of("IN") : List.of();
            return new Route(nationality, null, transit, "PK", district.code());
        }
        if (crossBorder) {
            Place origin = place();
            String destination = weighted(new String[] {"SA", "AE", "OM", "QA", "GR", "IT", "LY", "MY", "GB"},
                    0.3, 0.25, 0.1, 0.05, 0.1, 0.05, 0.05, 0.05, 0.05);
            List<String> transit = switch (destination) {
                case "GR", "IT" -> List.of("IR", "TR");
                case "LY" -> List.of("AE", "EG");
                case "MY" -> List.of("TH");
                default -> List.of();
            };
            return new Route("PK", origin.code(), transit, destination, null);
        }
        Place origin = random.nextDouble() < 0.6 ? district : place();
        return new Route("PK", origin.code(), List.of(), "PK", district.code());
    }

    private List<String> exploitationTypes(String group) {
        String[] types;
        double[] weights;
        switch (group) {
            case "FEMALE" -> {
                types = new String[] {"SEXUAL_EXPLOITATION", "FORCED_MARRIAGE", "DOMESTIC_SERVITUDE", "FORCED_LABOUR",
                        "BONDED_LABOUR", "FORCED_BEGGING", "OTHER"};
                weights = new double[] {0.45, 0.12, 0.15, 0.15, 0.1, 0.02, 0.01};
            }
            case "CHILD" -> {
                types = new String[] {"FORCED_BEGGING", "DOMESTIC_SERVITUDE", "BONDED_LABOUR", "FORCED_LABOUR",
                        "SEXUAL_EXPLOITATION", "FORCED_MARRIAGE", "FORCED_CRIMINALITY", "OTHER"};
                weights = new double[] {0.22, 0.22, 0.18, 0.14, 0.14, 0.06, 0.03, 0.01};
            }
            case "TRANSGENDER" -> {
                types = new String[] {"SEXUAL_EXPLOITATION", "FORCED_BEGGING", "FORCED_LABOUR", "OTHER"};
                weights = new double[] {0.6, 0.25, 0.1, 0.05};
            }
            default -> {
                types = new String[] {"FORCED_LABOUR", "BONDED_LABOUR", "SEXUAL_EXPLOITATION", "FORCED_CRIMINALITY",
                        "FORCED_BEGGING", "ORGAN_REMOVAL", "OTHER"};
                weights = new double[] {0.45, 0.3, 0.05, 0.06, 0.06, 0.02, 0.06};
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        chosen.add(weighted(types, weights));
        if (random.nextDouble() < 0.15) {
            chosen.add(weighted(types, weights));
        }
        return chosen.stream().sorted().toList();
    }

    private static final Map<String, List<String>> CONTROL = Map.of(
            "SEXUAL_EXPLOITATION", List.of("THREATS", "PHYSICAL_ABUSE", "SEXUAL_ABUSE", "RESTRICTS_MOVEMENT", "PSYCHOACTIVE_SUBSTANCES", "TAKES_EARNINGS"),
            "BONDED_LABOUR", List.of("DEBT_BONDAGE", "TAKES_EARNINGS", "RESTRICTS_MOVEMENT", "EXCESSIVE_WORKING_HOURS", "THREATS"),
            "FORCED_LABOUR", List.of("WITHHOLDS_DOCUMENTS", "TAKES_EARNINGS", "EXCESSIVE_WORKING_HOURS", "THREAT_OF_LAW_ENFORCEMENT", "FALSE_PROMISES"),
            "DOMESTIC_SERVITUDE", List.of("RESTRICTS_MOVEMENT", "PHYSICAL_ABUSE", "EXCESSIVE_WORKING_HOURS", "WITHHOLDS_NECESSITIES", "PSYCHOLOGICAL_ABUSE"),
            "FORCED_BEGGING", List.of("USES_CHILDREN", "TAKES_EARNINGS", "PHYSICAL_ABUSE", "THREATS"),
            "FORCED_MARRIAGE", List.of("THREATS", "PSYCHOLOGICAL_ABUSE", "RESTRICTS_MOVEMENT", "SEXUAL_ABUSE"));

    private List<String> controlMethods(List<String> exploitation) {
        List<String> options = CONTROL.getOrDefault(exploitation.getFirst(), List.of("THREATS", "FALSE_PROMISES", "OTHER"));
        return some(options, 1 + random.nextInt(3));
    }

    private List<String> recruitmentMethods(List<String> exploitation, boolean crossBorder) {
        List<String> options = crossBorder
                ? List.of("FALSE_JOB_OFFER", "MIGRATION_OR_VISA_OFFER", "RECRUITMENT_AGENCY", "FRIEND_OR_ACQUAINTANCE")
                : switch (exploitation.getFirst()) {
                    case "BONDED_LABOUR" -> List.of("INHERITED_DEBT", "FAMILY_MEMBER", "FALSE_JOB_OFFER");
                    case "FORCED_MARRIAGE" -> List.of("FALSE_MARRIAGE_PROMISE", "SOLD_BY_FAMILY", "FAMILY_MEMBER");
                    case "SEXUAL_EXPLOITATION" -> List.of("FALSE_JOB_OFFER", "INTIMATE_PARTNER", "ONLINE_CONTACT", "ABDUCTION");
                    case "FORCED_BEGGING" -> List.of("SOLD_BY_FAMILY", "ABDUCTION", "FAMILY_MEMBER");
                    default -> List.of("FALSE_JOB_OFFER", "FRIEND_OR_ACQUAINTANCE", "FAMILY_MEMBER", "EDUCATION_OFFER");
                };
        return random.nextDouble() < 0.15 ? List.of() : some(options, 1 + random.nextInt(2));
    }

    private String exploitationNote(String type) {
        return switch (type) {
            case "BONDED_LABOUR" -> pick(List.of("Family worked at a brick kiln to repay an advance that kept growing.",
                    "Worked on agricultural land for the landlord; the debt was passed on from the father."));
            case "FORCED_LABOUR" -> pick(List.of("Promised factory work; passport taken on arrival and wages withheld.",
                    "Worked fourteen hours a day at a construction site without pay."));
            case "DOMESTIC_SERVITUDE" -> pick(List.of("Worked as a domestic servant in a private house, not allowed to leave.",
                    "Kept in the employer's house; beaten when asking to go home."));
            case "SEXUAL_EXPLOITATION" -> pick(List.of("Brought to the city with a promise of work and forced into prostitution.",
                    "Held in a rented house and made to see clients."));
            case "FORCED_BEGGING" -> pick(List.of("Made to beg at traffic signals; earnings taken every evening.",
                    "Brought from another district to beg at a shrine."));
            case "FORCED_MARRIAGE" -> pick(List.of("Married against her will in exchange for money paid to the family.",
                    "Taken across the province after a marriage arranged by an agent."));
            default -> "Circumstances recorded at the first interview.";
        };
    }

    private String closeReason(String status, Place district) {
        return status.equals("CLOSED_REFERRED")
                ? pick(List.of("Taken over by the shelter after referral", "Referred to the Child Protection Bureau, which leads the case now",
                "Transferred to the agency of the home district"))
                : pick(List.of("Returned to the family in " + district.name() + "; follow-up completed",
                "Repatriated; no further assistance requested", "The person declined further assistance",
                "Reintegrated; livelihood support completed"));
    }

    // ------------------------------------------------------------------ notes and attachments

    private List<SyntheticCase.Note> notes(Instant createdAt, Instant closedAt) {
        int count = (int) Math.round(weightedIndex(0.55, 0.25, 0.12, 0.08));
        List<SyntheticCase.Note> notes = new ArrayList<>(count);
        Instant until = closedAt != null ? closedAt : createdAt.plus(Duration.ofDays(180));
        for (int i = 0; i < count; i++) {
            notes.add(new SyntheticCase.Note(pick(List.of(
                    "Phone follow-up: the person is safe and staying with relatives.",
                    "Accompanied to the medical examination at the district hospital.",
                    "Statement recorded; the person asked that the family not be contacted yet.",
                    "Legal aid lawyer met the person; a first hearing is expected next month.",
                    "Visited the shelter; counselling sessions continue twice a week.",
                    "Family tracing started with the district social welfare office.",
                    "The person asked about compensation under the PTPA; information given.")),
                    random.nextDouble() < 0.1, between(createdAt, until)));
        }
        notes.sort((a, b) -> a.at().compareTo(b.at()));
        return notes;
    }

    private List<SyntheticCase.Attachment> attachments(Instant createdAt, Instant closedAt) {
        int count = (int) Math.round(weightedIndex(0.85, 0.12, 0.03));
        List<SyntheticCase.Attachment> attachments = new ArrayList<>(count);
        Instant until = closedAt != null ? closedAt : createdAt.plus(Duration.ofDays(30));
        for (int i = 0; i < count; i++) {
            String[] document = List.of(
                    new String[] {"statement.pdf", "Statement recorded at identification"},
                    new String[] {"medical-report.pdf", "Medico-legal report"},
                    new String[] {"fir-copy.pdf", "Copy of the first information report"},
                    new String[] {"travel-documents.pdf", "Copies of the travel documents"}).get(random.nextInt(4));
            attachments.add(new SyntheticCase.Attachment(document[0], document[1], between(createdAt, until)));
        }
        return attachments;
    }

    // ------------------------------------------------------------------ chance

    private String weighted(String[] values, double... weights) {
        return values[(int) weightedIndex(weights)];
    }

    private double weightedIndex(double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private List<String> some(List<String> options, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pick(options));
        }
        return chosen.stream().sorted().toList();
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String letters(int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
