package org.jiebang.platform.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.AttributeConverter;

/**
 * A short list kept in one text column of its owner's row as a JSON array, for a list that is
 * always read with its row and never queried on its own (a challenge's keywords, a bid's team):
 * no table of its own, so no statement of its own. Elements are strings, numbers or JavaBeans
 * (their properties become the JSON object's members). An empty list is stored as NULL.
 * <p>
 * The list an entity holds must be replaced, not changed in place, and its elements must not be
 * changed either: JPA sees a change by the attribute's value, not by what the converter would write.
 * A subclass per element type names the array class JSON-B reads, and names AttributeConverter
 * again with its own types: EclipseLink takes the column's type from the converter class's own
 * type arguments and would otherwise take the element type for it.
 */
public abstract class JsonList<T> implements AttributeConverter<List<T>, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Class<T[]> arrayType;

    protected JsonList(Class<T[]> arrayType) {
        this.arrayType = arrayType;
    }

    @Override
    public String convertToDatabaseColumn(List<T> list) {
        return list == null || list.isEmpty() ? null : JSON.toJson(list);
    }

    @Override
    public List<T> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return new ArrayList<>();
        }
        try {
            return new ArrayList<>(Arrays.asList(JSON.fromJson(json, arrayType)));
        } catch (JsonbException | NullPointerException e) {
            throw new IllegalStateException("not a JSON array of " + arrayType.getComponentType().getSimpleName()
                    + ": " + json, e);
        }
    }
}
