package org.rabta.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.Dates.today;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.bench.Browser;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the CSV import (not a timed test: it only reports): builds a file of realistic rows over every
 * district and posts it to {@code /api/v1/cases/import} over HTTP, as a client would. Not part of the suite
 * (the name is not a test name); run it with
 * {@code ./mvnw -B -q test -Dtest=CaseImportBenchmark -Drabta.benchmark.importRows=100000} and read the figure
 * on standard output. See docs/PERFORMANCE.md.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class CaseImportBenchmark {

    private static final List<String> FEMALE_NAMES = List.of("Fatima", "Ayesha", "Zainab", "Maryam", "Shazia", "Nasreen",
            "Rukhsana", "Samina", "Parveen", "Bushra", "Kulsoom", "Sadia", "Nadia", "Rabia", "Shabana", "Amna");
    private static final List<String> MALE_NAMES = List.of("Muhammad", "Ali", "Ahmed", "Hassan", "Bilal", "Imran", "Usman",
            "Zahid", "Asif", "Tariq", "Waqas", "Kamran", "Naveed", "Shahid", "Junaid", "Faisal");
    private static final List<String> LAST_NAMES = List.of("Khan", "Bibi", "Ahmed", "Hussain", "Shah", "Malik", "Qureshi",
            "Butt", "Chaudhry", "Baloch", "Jatoi", "Khattak", "Yousafzai", "Memon", "Rajput", "Abbasi", "Awan", "Mughal");
    private static final List<String> TYPES = List.of("FORCED_LABOUR", "BONDED_LABOUR", "DOMESTIC_SERVITUDE",
            "SEXUAL_EXPLOITATION", "FORCED_MARRIAGE", "FORCED_BEGGING", "FORCED_CRIMINALITY", "OTHER");
    private static final List<String> HOW = List.of("RESCUE", "BORDER_OR_AIRPORT", "DEPORTEE_OR_RETURNEE", "SELF_REFERRAL",
            "HOTLINE", "NGO_OUTREACH", "OTHER");

    @LocalServerPort
    int port;

    private final JdbcClient jdbc;

    @Test
    void importRows() throws Exception {
        int rows = Integer.getInteger("rabta.benchmark.importRows", 100_000);
        List<String> districts = jdbc.sql("select code from district where active order by code").query(String.class).list();
        Path file = Files.createTempFile("rabta-import-", ".csv");
        try {
            writeFile(file, rows, districts);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/import"))
                    .header("Authorization", Browser.basic("fia.lahore", TestUsers.PASSWORD))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            double applicationCpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"imported\":" + rows);
            // the application's CPU time and the load average tell a slow machine from a slow import
            System.out.printf("CSV import: %,d rows (%,d bytes) in %.1f s, %,.0f rows/s; application CPU %.1f s; "
                            + "load average %.1f on %d cores%n", rows, Files.size(file), seconds, rows / seconds,
                    applicationCpuSeconds, os.getSystemLoadAverage(), os.getAvailableProcessors());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Every column, every district, a sex and age mix like the national figures, some quoted values. */
    private static void writeFile(Path file, int rows, List<String> districts) throws Exception {
        Random random = new Random(2026);
        LocalDate today = today();
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("external_reference,identified_on,district_code,how_identified,first_name,last_name,"
                    + "father_or_husband_name,sex,date_of_birth,age_years,nationality,cnic,exploitation_types\r\n");
            for (int i = 0; i < rows; i++) {
                boolean female = random.nextInt(100) < 62;
                LocalDate identified = today.minusDays(1 + random.nextInt(3 * 365));
                int age = random.nextInt(100) < 30 ? 6 + random.nextInt(12) : 18 + random.nextInt(45);
                boolean withBirthDate = random.nextBoolean();
                String cnic = random.nextInt(100) < 40
                        ? "%05d-%07d-%d".formatted(10000 + random.nextInt(89999), random.nextInt(9_999_999), random.nextInt(10)) : "";
                String types = TYPES.get(random.nextInt(TYPES.size()))
                        + (random.nextInt(4) == 0 ? ";" + TYPES.get(random.nextInt(TYPES.size())) : "");
                String first = (female ? FEMALE_NAMES : MALE_NAMES).get(random.nextInt(16));
                String father = "\"" + MALE_NAMES.get(random.nextInt(16)) + ", " + LAST_NAMES.get(random.nextInt(LAST_NAMES.size())) + "\"";
                out.write(String.join(",", "BM-" + run + "-" + i, identified.toString(),
                        districts.get(random.nextInt(districts.size())), HOW.get(random.nextInt(HOW.size())), first,
                        LAST_NAMES.get(random.nextInt(LAST_NAMES.size())), father, female ? "FEMALE" : "MALE",
                        withBirthDate ? identified.minusYears(age).minusDays(random.nextInt(300)).toString() : "",
                        withBirthDate ? "" : Integer.toString(age), "PK", cnic, types));
                out.write("\r\n");
            }
        }
    }
}
