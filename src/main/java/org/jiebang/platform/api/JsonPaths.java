package org.jiebang.platform.api;

import java.io.ByteArrayInputStream;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

/** Finds where in a JSON document a scalar value stands, as a dotted path ({@code organization.type}). */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of the first scalar whose text is {@code text}, or null. */
    static String find(byte[] json, String text) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return find(reader.readValue(), text, "");
        } catch (JsonParsingException | IllegalStateException notJson) {
            return null;
        }
    }

    private static String find(JsonValue value, String text, String path) {
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String found = find(entry.getValue(), text, path.isEmpty() ? entry.getKey() : path + "." + entry.getKey());
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                String found = find(array.get(i), text, path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        String scalar = value instanceof JsonString s ? s.getString()
                : value instanceof JsonNumber n ? n.toString() : value.toString();
        return scalar.equals(text) && !path.isEmpty() ? path : null;
    }
}
