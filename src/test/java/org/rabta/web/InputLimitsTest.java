package org.rabta.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.Test;
import org.rabta.support.RabtaIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rabta.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The limits of rabta.limits.* (defaults: JSON 1 MB and 20 levels, CSV 30 MB and 100,000 rows): 413, nothing saved. */
@RabtaIntegrationTest
@RequiredArgsConstructor
class InputLimitsTest {

    private static final String HEADER = "identified_on,district_code,sex,first_name\n";

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void aJsonBodyOverOneMegabyteIs413() throws Exception {
        String body = "{\"identifiedOn\": \"2026-01-10\", \"districtCode\": \"PK617\", \"person\": {\"firstName\": \""
                + "a".repeat(1024 * 1024) + "\", \"sex\": \"FEMALE\"}}";
        long cases = cases();
        mvc.perform(post("/api/v1/cases").with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("limits.json.tooLarge"))
                .andExpect(jsonPath("$.detail").value("The request body is larger than 1 MB, the most the API accepts."));
        assertThat(cases()).isEqualTo(cases);
    }

    @Test
    void jsonNestedDeeperThanTwentyLevelsIs413() throws Exception {
        String deep = "{\"identifiedOn\": \"2026-01-10\", \"extra\": " + "[".repeat(25) + "]".repeat(25) + "}";
        mvc.perform(post("/api/v1/cases").with(httpBasic("fia.lahore", PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(deep))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("limits.json.tooDeep"));
        mvc.perform(post("/api/v1/screening/evaluate").with(httpBasic("fia.lahore", PASSWORD)).header("Accept-Language", "ur")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"facts\": " + "[".repeat(21) + "]".repeat(21) + "}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("JSON کی تہیں 20 درجوں سے زیادہ گہری ہیں۔"));
    }

    @Test
    void aCsvImportOverThirtyMegabytesIs413() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        String row = "2026-01-10,PK617,FEMALE," + "x".repeat(200) + "\n";
        while (csv.length() <= 30 * 1024 * 1024) {
            csv.append(row);
        }
        long cases = cases();
        mvc.perform(post("/api/v1/cases/import").with(httpBasic("fia.lahore", PASSWORD)).contentType("text/csv").content(csv.toString()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("limits.csv.tooLarge"));
        assertThat(cases()).isEqualTo(cases);
    }

    @Test
    void aCsvImportOfMoreThanOneHundredThousandRowsIs413() throws Exception {
        // Rows that fail validation, so that reaching the limit costs no inserts; the count is what is tested.
        StringBuilder csv = new StringBuilder(HEADER);
        String row = "2026-01-10,PK617,NOT-A-SEX,A\n";
        csv.append(row.repeat(100_001));
        mvc.perform(post("/api/v1/cases/import").with(httpBasic("fia.lahore", PASSWORD)).contentType("text/csv").content(csv.toString()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.code").value("limits.csv.tooManyRows"));
    }

    @Test
    void theImportScreenRefusesAnOversizedUploadWithATranslatedPage() throws IOException {
        String english = declareOversizedUpload(null);
        assertThat(english).startsWith("HTTP/1.1 413").contains("The file is larger than 30 MB, the most an import accepts.");
        String urdu = declareOversizedUpload("rabta-lang=ur");
        assertThat(urdu).startsWith("HTTP/1.1 413").contains("dir=\"rtl\"").contains("فائل 30 MB سے بڑی ہے");
    }

    /** Only the headers of a 40 MB upload: the answer must come from the declared length alone. */
    private String declareOversizedUpload(String cookie) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            String request = "POST /cases/import HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 40000000\r\n"
                    + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "\r\n--xyz\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("</html>")) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private long cases() {
        return jdbc.queryForObject("select count(*) from victim_case", Long.class);
    }
}
