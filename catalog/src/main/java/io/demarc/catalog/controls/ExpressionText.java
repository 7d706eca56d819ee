package io.demarc.catalog.controls;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

/**
 * Reads an expression written either as one string or as an array of lines, joined with newlines. JSON has no
 * multi-line strings, and a long rule on one line is unreadable in review.
 */
class ExpressionText extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        List<String> lines = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            lines.add(parser.getText());
        }
        return String.join("\n", lines);
    }
}
