package org.jiebang.platform.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A list of ids in one column as a JSON array ({@code [4, 9]}): see {@link JsonList}. */
@Converter
public class JsonLongs extends JsonList<Long> implements AttributeConverter<List<Long>, String> {

    public JsonLongs() {
        super(Long[].class);
    }
}
