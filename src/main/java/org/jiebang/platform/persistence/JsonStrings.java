package org.jiebang.platform.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A short list of strings kept in one text column as a JSON array ({@code ["固态电池","电解质"]}),
 * for a list that is always read with its row and never queried on its own (a challenge's
 * keywords): no table of its own, so no statement of its own. An empty list is stored as NULL.
 * The list an entity holds must be replaced, not changed in place: JPA compares what the
 * converter wrote, from the value the attribute holds.
 */
@Converter
public class JsonStrings implements AttributeConverter<List<String>, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(List<String> strings) {
        return strings == null || strings.isEmpty() ? null : JSON.toJson(strings);
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return new ArrayList<>();
        }
        try {
            String[] strings = JSON.fromJson(json, String[].class);
            return new ArrayList<>(List.of(strings));
        } catch (JsonbException | NullPointerException e) {
            throw new IllegalStateException("not a JSON array of strings: " + json, e);
        }
    }
}
