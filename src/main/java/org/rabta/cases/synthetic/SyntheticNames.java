package org.rabta.cases.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Made-up Pakistani names for synthetic cases. Each name lists its usual Latin transliterations, the first being
 * the most common: caseworkers of different agencies write the same person differently, and the duplicate finder
 * and the fuzzy search must cope with that, so the synthetic data does too.
 */
public final class SyntheticNames {

    /** How often a name is written in one of its less common spellings. */
    private static final double VARIANT_SHARE = 0.3;

    record Name(List<String> spellings) {

        static Name of(String... spellings) {
            return new Name(List.of(spellings));
        }

        String spell(RandomGenerator random) {
            if (spellings.size() == 1 || random.nextDouble() >= VARIANT_SHARE) {
                return spellings.getFirst();
            }
            return spellings.get(1 + random.nextInt(spellings.size() - 1));
        }

        /** Another spelling than {@code used}, when there is one: the same person registered elsewhere. */
        String respell(String used, RandomGenerator random) {
            List<String> others = spellings.stream().filter(spelling -> !spelling.equals(used)).toList();
            return others.isEmpty() ? used : others.get(random.nextInt(others.size()));
        }
    }

    static final List<Name> FEMALE = List.of(
            Name.of("Fatima", "Fatimah", "Fatma"), Name.of("Ayesha", "Aisha", "Aysha"), Name.of("Zainab", "Zenab", "Zaynab"),
            Name.of("Maryam", "Mariam", "Mariyam"), Name.of("Khadija", "Khadijah", "Khadeeja"), Name.of("Amna", "Aamna", "Amina"),
            Name.of("Sana"), Name.of("Rabia", "Rabiya"), Name.of("Nazia"), Name.of("Shazia"), Name.of("Saima", "Saema"),
            Name.of("Bushra"), Name.of("Rukhsana", "Rukhsanah"), Name.of("Parveen", "Perveen", "Parvin"), Name.of("Shabana"),
            Name.of("Nasreen", "Nasrin"), Name.of("Kausar", "Kosar", "Kawsar"), Name.of("Sobia", "Sobiya"), Name.of("Farzana"),
            Name.of("Naseem", "Nasim"), Name.of("Razia", "Raziya"), Name.of("Salma"), Name.of("Samina", "Sameena"),
            Name.of("Asma", "Asmaa"), Name.of("Hina"), Name.of("Iqra"), Name.of("Mehwish", "Mahwish"), Name.of("Noreen", "Nourin"),
            Name.of("Sughra", "Sughran"), Name.of("Zubaida", "Zubeda"), Name.of("Shamim", "Shameem"), Name.of("Sonia", "Sonya"),
            Name.of("Kiran"), Name.of("Nadia", "Nadiya"), Name.of("Tahira"), Name.of("Yasmin", "Yasmeen"), Name.of("Uzma"),
            Name.of("Ghulam Fatima", "Ghulaam Fatima"), Name.of("Allah Rakhi", "Allah Rakhee"), Name.of("Mai Jindan"));

    static final List<Name> MALE = List.of(
            Name.of("Muhammad", "Mohammad", "Muhammed", "Mohammed", "Mohd"), Name.of("Aslam"), Name.of("Akram"), Name.of("Imran"),
            Name.of("Asif", "Aasif"), Name.of("Tariq", "Tarik"), Name.of("Shahid", "Shahed"), Name.of("Zahid"), Name.of("Khalid"),
            Name.of("Bilal"), Name.of("Usman", "Osman", "Othman"), Name.of("Yousaf", "Yusuf", "Yousuf", "Yosuf"),
            Name.of("Hussain", "Husain", "Hussein"), Name.of("Hassan", "Hasan"), Name.of("Ali"), Name.of("Ahmed", "Ahmad"),
            Name.of("Irfan"), Name.of("Waqas"), Name.of("Naveed", "Navid"), Name.of("Rizwan"), Name.of("Kashif"), Name.of("Adnan"),
            Name.of("Sajid"), Name.of("Arshad"), Name.of("Javed", "Javaid", "Jawad"), Name.of("Nadeem", "Nadim"), Name.of("Rashid", "Rasheed"),
            Name.of("Zubair", "Zubayr"), Name.of("Shakeel", "Shakil"), Name.of("Saleem", "Salim"), Name.of("Ghulam Rasool", "Ghulam Rasul"),
            Name.of("Ghulam Mustafa"), Name.of("Allah Ditta", "Allahditta"), Name.of("Allah Bakhsh", "Allah Bux", "Allah Baksh"),
            Name.of("Noor Muhammad", "Nur Muhammad", "Noor Mohammad"), Name.of("Abdul Rehman", "Abdur Rahman", "Abdul Rahman"),
            Name.of("Qasim", "Kasim"), Name.of("Faisal", "Faysal"), Name.of("Sohail", "Suhail"), Name.of("Amjad"));

    /** First names transgender persons often choose; recorded as they give them. */
    static final List<Name> TRANSGENDER = List.of(
            Name.of("Bindiya"), Name.of("Nayyab", "Nayab"), Name.of("Payal"), Name.of("Shahzadi", "Shehzadi"),
            Name.of("Reem"), Name.of("Kami"), Name.of("Nisha"), Name.of("Chandni"), Name.of("Mahi", "Maahi"));

    static final List<Name> SURNAMES = List.of(
            Name.of("Khan"), Name.of("Ahmed", "Ahmad"), Name.of("Ali"), Name.of("Hussain", "Husain", "Hussein"),
            Name.of("Qureshi", "Kureshi", "Qureishi"), Name.of("Malik"), Name.of("Butt", "Bhatt"),
            Name.of("Chaudhry", "Chaudhary", "Chaudhri"), Name.of("Sheikh", "Shaikh"), Name.of("Awan"), Name.of("Rajput"),
            Name.of("Gujjar", "Gujar"), Name.of("Arain", "Araein"), Name.of("Baloch", "Baluch"), Name.of("Memon", "Meman"),
            Name.of("Soomro", "Sumro"), Name.of("Abbasi"), Name.of("Siddiqui", "Siddiqi"), Name.of("Mirza"), Name.of("Shah"),
            Name.of("Bhatti"), Name.of("Mughal"), Name.of("Javed", "Javaid"), Name.of("Iqbal"), Name.of("Akhtar", "Akhter"),
            Name.of("Bibi", "Bibbi"), Name.of("Masih", "Maseeh"), Name.of("Kolhi", "Kohli"), Name.of("Bheel", "Bhil"),
            Name.of("Meghwar"), Name.of("Yousafzai", "Yusufzai"), Name.of("Afridi"), Name.of("Khattak"), Name.of("Marri"),
            Name.of("Bugti"), Name.of("Jamali"), Name.of("Laghari", "Leghari"), Name.of("Mazari"), Name.of("Jatoi"),
            Name.of("Chandio"), Name.of("Panhwar"), Name.of("Mahar", "Maher"), Name.of("Jatt", "Jat"), Name.of("Kashmiri"),
            Name.of("Hazara"), Name.of("Rind"));

    /** Names people are called by at home; recorded as aliases. */
    static final List<String> NICKNAMES = List.of("Guddi", "Munni", "Pinky", "Bholu", "Pappu", "Chanda", "Raju", "Billu",
            "Guddu", "Shani", "Sonu", "Gudia", "Nikki", "Babu");

    private SyntheticNames() {
    }

    /** A made-up given name and surname, in one of their usual spellings: for other features' synthetic records. */
    public static String fullName(boolean female, RandomGenerator random) {
        return pick(female ? FEMALE : MALE, random).spell(random) + " " + pick(SURNAMES, random).spell(random);
    }

    static Name pick(List<Name> names, RandomGenerator random) {
        // Squaring skews the choice towards the first names of each list, as real name frequencies are skewed.
        double skewed = random.nextDouble();
        return names.get((int) (skewed * skewed * names.size()));
    }
}
