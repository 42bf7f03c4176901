package org.rabta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.cases.ExploitationType.BONDED_LABOUR;
import static org.rabta.cases.ExploitationType.FORCED_LABOUR;
import static org.rabta.cases.Sex.FEMALE;
import static org.rabta.cases.Sex.MALE;
import static org.rabta.support.Districts.LAHORE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rabta.accounts.RabtaUser;
import org.rabta.cases.VictimCase;
import org.rabta.directory.Agency;
import org.rabta.directory.AgencyType;
import org.rabta.directory.ServiceType;
import org.rabta.support.PdfText;
import org.rabta.support.RabtaIntegrationTest;
import org.rabta.support.TestUsers;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One small-cell rule in every statistics output: the same scope (one district, one year, all of it one police
 * agency's cases) read by an analyst, a member of the district's committee (committee.lahore) and the owning agency. Outsiders see 1 to
 * 4 as "<5" (in JSON the string "<5"), 0 as 0; the owner sees exact counts.
 */
@RabtaIntegrationTest
@RequiredArgsConstructor
class SmallCellsEveryOutputTest {

    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern COUNT_TOKEN = Pattern.compile("<5|5\\+|\\d[\\d,]*");

    private final MockMvc mvc;
    private final ReportingFixtures fixtures;
    private final DashboardService dashboards;
    private final JdbcClient jdbc;

    @Qualifier("requestMappingHandlerMapping")
    private final RequestMappingHandlerMapping handlerMappings;

    /** A reader: how to sign the request in (a session for screens, HTTP Basic for the API) and whether they own the cases. */
    private record Reader(String name, RabtaUser user, String password, boolean owner) {

        MockHttpServletRequestBuilder sign(MockHttpServletRequestBuilder request, String path) {
            return path.startsWith("/api/") ? request.with(httpBasic(user.username(), password)) : request.with(SecurityMockMvcRequestPostProcessors.user(user));
        }
    }

    /**
     * In {@code year}, in Lahore, one police agency identifies six women in forced labour and two boys, one of them in
     * bonded labour, and refers one boy to an NGO, which accepts within 30 hours: boys 2, bonded labour 1, referred 1,
     * transgender 0, women 6.
     */
    private RabtaUser owningCaseworker(int year) {
        RabtaUser owner = fixtures.newCaseworker(AgencyType.POLICE);
        LocalDate day = LocalDate.of(year, 3, 3);
        for (int i = 0; i < 6; i++) {
            fixtures.register(owner, day, LAHORE, FEMALE, 30, FORCED_LABOUR);
        }
        VictimCase boy = fixtures.register(owner, day, LAHORE, MALE, 12, BONDED_LABOUR);
        fixtures.register(owner, day, LAHORE, MALE, 13);
        Agency ngo = fixtures.agency(AgencyType.NGO);
        long referral = fixtures.refer(owner, boy, ngo, ServiceType.SHELTER, Instant.parse(year + "-03-04T08:00:00Z"));
        jdbc.sql("update referral set status = 'ACCEPTED', accepted_at = sent_at + interval '30 hours' where id = :id")
                .param("id", referral).update();
        return owner;
    }

    private List<Reader> readers(RabtaUser owner) {
        return List.of(new Reader("analyst", fixtures.demoUser("analyst"), TestUsers.PASSWORD, false),
                new Reader("committee.lahore", fixtures.demoUser("committee.lahore"), TestUsers.PASSWORD, false),
                new Reader("owning caseworker", owner, TestUsers.PASSWORD, true));
    }

    private MockHttpServletResponse read(Reader reader, String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        params.forEach(request::param);
        return mvc.perform(reader.sign(request, path)).andReturn().getResponse();
    }

    @Test
    void analystCommitteeMemberAndOwnerReadTheSameScopeThroughEveryKindOfOutput() throws Exception {
        int year = 1971;
        RabtaUser owner = owningCaseworker(year);
        Map<String, String> annual = Map.of("year", String.valueOf(year), "district", LAHORE);
        for (Reader reader : readers(owner)) {
            String boys = reader.owner() ? "2" : "<5";
            String bonded = reader.owner() ? "1" : "<5";
            // Women (6) and children (2) make the total (8): beside the suppressed children, women are withheld too.
            String women = reader.owner() ? "6" : "5+";

            Document page = Jsoup.parse(read(reader, "/statistics/annual", annual).getContentAsString(StandardCharsets.UTF_8));
            assertThat(rowValue(page, "Boys")).as(reader.name()).isEqualTo(boys);
            assertThat(rowValue(page, "Bonded labour")).as(reader.name()).isEqualTo(bonded);
            assertThat(rowValue(page, "Transgender persons")).as(reader.name()).isEqualTo("0");
            assertThat(rowValue(page, "Women")).as(reader.name()).isEqualTo(women);
            assertThat(rowValue(page, "Total")).as(reader.name()).isEqualTo("8");

            List<String> csv = read(reader, "/statistics/annual/export.csv", annual).getContentAsString(StandardCharsets.UTF_8).lines().toList();
            assertThat(csv).as(reader.name()).contains("Boys," + boys, "Bonded labour," + bonded, "Transgender persons,0", "Women," + women,
                    "Punjab,8");

            Map<String, Object> xlsx = xlsxRows(read(reader, "/statistics/annual/export.xlsx", annual).getContentAsByteArray());
            assertThat(xlsx).as(reader.name()).containsEntry("Boys", reader.owner() ? (Object) 2L : "<5")
                    .containsEntry("Transgender persons", 0L).containsEntry("Women", reader.owner() ? (Object) 6L : "5+");

            String pdf = pdfText(read(reader, "/statistics/annual.pdf", annual).getContentAsByteArray());
            assertThat(pdf).as(reader.name()).containsPattern("(?m)^\\s*Boys " + Pattern.quote(boys) + "$")
                    .containsPattern("(?m)^Bonded labour " + Pattern.quote(bonded) + "$")
                    .containsPattern("(?m)^Transgender persons 0$").containsPattern("(?m)^Women " + Pattern.quote(women) + "$");

            JsonNode json = JsonMapper.builder().build().readTree(read(reader, "/api/v1/reports/annual", annual).getContentAsString());
            if (reader.owner()) {
                assertThat(json.at("/victims/boys").isNumber()).isTrue();
                assertThat(json.at("/victims/boys").asLong()).isEqualTo(2);
                assertThat(json.at("/byExploitationType/BONDED_LABOUR").asLong()).isEqualTo(1);
            } else {
                assertThat(json.at("/victims/boys").isString()).as(reader.name()).isTrue();
                assertThat(json.at("/victims/boys").asString()).isEqualTo("<5");
                assertThat(json.at("/byExploitationType/BONDED_LABOUR").asString()).isEqualTo("<5");
                assertThat(json.at("/referred").asString()).isEqualTo("<5");
            }
            assertThat(json.at("/victims/transgender").isNumber()).as(reader.name()).isTrue();
            assertThat(json.at("/victims/transgender").asLong()).isZero();
            assertThat(json.at("/victims/women").asString()).as(reader.name()).isEqualTo(women);
            assertThat(json.at("/victims/total").asLong()).isEqualTo(8);

            Map<String, String> dashboard = Map.of("from", year + "-01", "to", year + "-12", "district", LAHORE);
            Document screen = Jsoup.parse(read(reader, "/statistics", dashboard).getContentAsString(StandardCharsets.UTF_8));
            assertThat(headline(screen, "Boys")).as(reader.name()).isEqualTo(boys);
            Element bondedCell = screen.select("#table-exploitation tr:has(th:containsOwn(Bonded labour)) td").first();
            assertThat(bondedCell.text()).as(reader.name()).isEqualTo(bonded);
            // The chart's data: the number for the owner, none at all for a suppressed count.
            assertThat(bondedCell.attr("data-value")).as(reader.name()).isEqualTo(reader.owner() ? "1" : "");
            assertThat(screen.select(".statistics-median").text()).as(reader.name())
                    .isEqualTo(reader.owner() ? "30" : "Not shown: fewer than 5 accepted");
            assertThat(read(reader, "/statistics/export/exploitation.csv", dashboard).getContentAsString(StandardCharsets.UTF_8)
                    .lines()).as(reader.name()).contains("Bonded labour," + bonded, "Forced labour,6", "Sexual exploitation,0");
        }
    }

    /**
     * Every GET handler of the reporting controllers, with each export format and each dashboard table for its path
     * variables, read by each outsider: every count it shows is what the owner's same output shows, through the rule
     * (1 to 4 as "<5", anything else as it is). A new statistics output is covered without being listed here; one that
     * outsiders may not read at all (the case-level exports) answers them 404.
     */
    @Test
    void everyStatisticsOutputShowsOutsidersTheOwnersCountsThroughTheRule() throws Exception {
        int year = 1972;
        RabtaUser owner = owningCaseworker(year);
        List<Reader> readers = readers(owner);
        Reader owning = readers.get(2);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("year", String.valueOf(year));
        params.put("from", year + "-01");
        params.put("to", year + "-12");
        params.put("district", LAHORE);

        Set<String> covered = new TreeSet<>();
        int compared = 0;
        for (String path : statisticsPaths(owner)) {
            MockHttpServletResponse ownersView = read(owning, path, params);
            for (Reader outsider : readers.subList(0, 2)) {
                MockHttpServletResponse outsidersView = read(outsider, path, params);
                if (outsidersView.getStatus() == 404) {
                    assertThat(path).as(outsider.name() + " may not read it at all").contains("/exports");
                    continue;
                }
                assertThat(outsidersView.getStatus()).as(outsider.name() + " " + path).isEqualTo(ownersView.getStatus());
                if (ownersView.getStatus() != 200 || ownersView.getContentType() == null) {
                    continue;
                }
                List<String> ownersCounts = counts(path, ownersView);
                List<String> expected = ownersCounts.stream().map(SmallCellsEveryOutputTest::throughTheRule).toList();
                assertThat(withWithheldAsOwners(counts(path, outsidersView), ownersCounts)).as(outsider.name() + " reading " + path)
                        .isEqualTo(expected);
                covered.add(kind(outsidersView.getContentType()));
                compared++;
            }
        }
        assertThat(covered).containsExactlyInAnyOrder("html", "csv", "xlsx", "pdf", "json");
        assertThat(compared).isGreaterThan(20);
    }

    /** The paths of every GET handler of the reporting feature, path variables filled from the application itself. */
    private List<String> statisticsPaths(RabtaUser owner) {
        List<String> tableIds = dashboards.dashboard(owner, DashboardFilter.none(), java.util.Locale.ENGLISH).tables().stream()
                .map(StatisticsTable::id).toList();
        List<String> extensions = Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).toList();
        List<String> paths = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().equals("org.rabta.reporting")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                List<String> filled = List.of(pattern);
                filled = fill(filled, "{extension}", extensions);
                filled = fill(filled, "{table}", tableIds);
                filled.forEach(path -> assertThat(path).as("a sample for every path variable of " + pattern).doesNotContain("{"));
                paths.addAll(filled);
            }
        }
        assertThat(paths).contains("/statistics", "/statistics/annual", "/statistics/annual.pdf", "/api/v1/reports/annual");
        return paths;
    }

    private static List<String> fill(List<String> paths, String variable, List<String> values) {
        return paths.stream().flatMap(path -> path.contains(variable)
                ? values.stream().map(value -> path.replace(variable, value)) : java.util.stream.Stream.of(path)).toList();
    }

    private static String kind(String contentType) {
        if (contentType.startsWith("text/html")) {
            return "html";
        }
        if (contentType.startsWith("text/csv")) {
            return "csv";
        }
        if (contentType.contains("spreadsheetml")) {
            return "xlsx";
        }
        if (contentType.startsWith("application/pdf")) {
            return "pdf";
        }
        if (contentType.contains("json")) {
            return "json";
        }
        throw new AssertionError("A statistics output of an unknown kind: " + contentType);
    }

    /**
     * The counts an output shows, in order. Labels and the description of the scope (which names the owner's agency
     * for the owner) are left out: only the figures are compared.
     */
    private static List<String> counts(String path, MockHttpServletResponse response) throws IOException {
        byte[] body = response.getContentAsByteArray();
        return switch (kind(response.getContentType())) {
            case "html" -> {
                Document page = Jsoup.parse(new String(body, StandardCharsets.UTF_8));
                List<String> cells = new ArrayList<>();
                page.select("table td, .statistics-headline dd:not(.statistics-median)").forEach(cell -> {
                    cells.add(cell.text());
                    if (cell.closest("table[id^=table-]") != null) {
                        cells.add("chart:" + cell.attr("data-value"));
                    }
                });
                page.select(".lead").forEach(lead -> tokens(lead.text(), cells));
                yield cells;
            }
            case "csv" -> new String(body, StandardCharsets.UTF_8).lines().skip(1)
                    .flatMap(line -> Arrays.stream(line.split(",", -1)).skip(1)).toList();
            case "xlsx" -> {
                List<String> cells = new ArrayList<>();
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                    for (Row row : workbook.getSheetAt(0)) {
                        for (Cell cell : row) {
                            if (row.getRowNum() > 0 && cell.getColumnIndex() > 0) {
                                cells.add(cell.getCellType() == CellType.NUMERIC
                                        ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                            }
                        }
                    }
                }
                yield cells;
            }
            case "pdf" -> {
                List<String> cells = new ArrayList<>();
                // Not the report's number, nor the time it was produced ("Produced by Rabta on 2026-12-06 20:02"),
                // whose digits are not counts (a minute of 01 to 04 read as a small cell).
                pdfText(body).lines().filter(line -> !line.contains("RPT-") && !line.strip().startsWith("Produced by Rabta"))
                        .forEach(line -> tokens(line, cells));
                yield cells;
            }
            case "json" -> {
                List<String> cells = new ArrayList<>();
                leaves(JsonMapper.builder().build().readTree(body), "", cells);
                yield cells;
            }
            default -> throw new AssertionError(path);
        };
    }

    private static void tokens(String text, List<String> into) {
        Matcher matcher = COUNT_TOKEN.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group().replace(",", ""));
        }
    }

    private static void leaves(JsonNode node, String at, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (!Set.of("/scope", "/year").contains(at + "/" + entry.getKey())) {
                    leaves(entry.getValue(), at + "/" + entry.getKey(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> leaves(element, at, into));
        } else {
            into.add(at + "=" + (node.isNumber() ? node.asLong() : "\"" + node.asString() + "\""));
        }
    }

    /**
     * What an outsider must see where the owner sees {@code cell}: "<5" for 1 to 4; a count of 5 or more is shown, or
     * withheld as "5+" beside a suppressed one ({@link SmallCells#breakdown}), which "5+" stands for here.
     */
    private static String throughTheRule(String cell) {
        Matcher json = Pattern.compile("(.*=)(\\d+)").matcher(cell);
        if (json.matches()) {
            return json.group(1) + (small(json.group(2)) ? "\"<5\"" : json.group(2));
        }
        if (cell.startsWith("chart:")) {
            return small(cell.substring(6)) ? "chart:" : cell;
        }
        return INTEGER.matcher(cell).matches() && small(cell) ? "<5" : cell;
    }

    /** The outsider's cells with every withheld "5+" (and its empty chart value) put back as the owner's number. */
    private static List<String> withWithheldAsOwners(List<String> outsiders, List<String> owners) {
        List<String> merged = new ArrayList<>(outsiders);
        for (int i = 0; i < Math.min(outsiders.size(), owners.size()); i++) {
            String shown = outsiders.get(i);
            String owner = owners.get(i);
            boolean withheld = shown.equals("5+") || shown.endsWith("=\"5+\"")
                    || (shown.equals("chart:") && i > 0 && outsiders.get(i - 1).equals("5+"));
            if (withheld) {
                assertThat(owner.replaceAll("\\D", "").isEmpty() ? 0 : Long.parseLong(owner.replaceAll(".*[=:]", "")))
                        .as("a withheld count is one of 5 or more").isGreaterThanOrEqualTo(SmallCells.THRESHOLD);
                merged.set(i, owner);
            }
        }
        return merged;
    }

    private static boolean small(String number) {
        long n = Long.parseLong(number);
        return n > 0 && n < SmallCells.THRESHOLD;
    }

    private static String rowValue(Document page, String label) {
        return page.select("tr:has(th:matchesOwn(^\\s*" + Pattern.quote(label) + "\\s*$)) td").first().text();
    }

    private static String headline(Document page, String label) {
        return page.select(".statistics-headline div:has(dt:matchesOwn(^" + Pattern.quote(label) + "$)) dd").text();
    }

    private static Map<String, Object> xlsxRows(byte[] body) throws IOException {
        Map<String, Object> rows = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getLastCellNum() >= 2) {
                    Cell value = row.getCell(1);
                    rows.put(row.getCell(0).getStringCellValue(), value.getCellType() == CellType.NUMERIC
                            ? (Object) (long) value.getNumericCellValue() : value.getStringCellValue());
                }
            }
        }
        return rows;
    }

    /** The PDF's text without the direction marks that keep "<5" left to right in an Urdu page. */
    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return PdfText.of(document).chars().filter(c -> c < 0x2066 || c > 0x2069)
                    .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
        }
    }
}
