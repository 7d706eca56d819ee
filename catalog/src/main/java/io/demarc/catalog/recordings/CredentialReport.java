package io.demarc.catalog.recordings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The IAM credential report: CSV (base64 in {@code Content}, as the API and the AWS CLI give it), one row per user
 * and one for the root account ({@code <root_account>}). Column names are kept as AWS writes them. A user listed more
 * than once (reports do repeat rows) is kept once: the last row wins.
 */
final class CredentialReport {

    private CredentialReport() {
    }

    /** The rows, one per user ARN (or user name when a row has no ARN). */
    static ArrayNode rows(String content) {
        String csv = decode(content);
        List<List<String>> lines = parse(csv);
        ArrayNode rows = ConfigNames.JSON.createArrayNode();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = lines.get(0);
        Map<String, ObjectNode> byUser = new LinkedHashMap<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            if (line.size() == 1 && line.get(0).isBlank()) {
                continue;
            }
            ObjectNode row = ConfigNames.JSON.createObjectNode();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < line.size() ? line.get(i) : null);
            }
            String user = row.path("arn").asText(row.path("user").asText());
            byUser.remove(user);
            byUser.put(user, row);
        }
        byUser.values().forEach(rows::add);
        return rows;
    }

    private static String decode(String content) {
        if (content == null) {
            return "";
        }
        String trimmed = content.strip();
        if (trimmed.startsWith("user,")) {
            return trimmed;
        }
        try {
            return new String(Base64.getMimeDecoder().decode(trimmed), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return trimmed;
        }
    }

    /** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !line.isEmpty()) {
            line.add(field.toString());
            lines.add(line);
        }
        return lines;
    }
}
