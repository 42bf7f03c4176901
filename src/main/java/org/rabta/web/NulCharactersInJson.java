package org.rabta.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Rejects a JSON body whose strings (property names included) hold a NUL character ({@code "\u0000"}), naming
 * the property ({@code person.firstName}, {@code facts.ACT_RECRUITED}, {@code indicators[2]}), for the reason
 * {@link NulCharacters} gives. It reads the tokens once before the body is bound, whatever type it is bound to
 * ({@code JsonNode} included); malformed JSON is left to the converter, which answers 400 on its own.
 */
@ControllerAdvice
class NulCharactersInJson extends RequestBodyAdviceAdapter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType contentType = message.getHeaders().getContentType();
        if (contentType == null || !(contentType.isCompatibleWith(MediaType.APPLICATION_JSON) || contentType.getSubtype().endsWith("+json"))) {
            return message;
        }
        byte[] body = message.getBody().readAllBytes();
        check(body);
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private static void check(byte[] body) {
        try (JsonParser parser = JSON.createParser(tools.jackson.core.ObjectReadContext.empty(), body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) && NulCharacters.contains(parser.getString())) {
                    throw new RejectedInputException(path(parser), RejectedInputException.NUL);
                }
            }
        } catch (StreamReadException notJson) {
            // the converter reports malformed JSON itself
        }
    }

    /** The JSON pointer of the current token as a property path: /person/firstName becomes person.firstName. */
    private static String path(JsonParser parser) {
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        String dotted = pointer.replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replace("~1", "/").replace("~0", "~");
        String path = dotted.startsWith(".") ? dotted.substring(1) : dotted;
        return path.isEmpty() ? "body" : path.replace(NulCharacters.NUL, '\uFFFD');
    }
}
