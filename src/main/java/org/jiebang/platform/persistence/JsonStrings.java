package org.jiebang.platform.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A list of strings in one column as a JSON array ({@code ["固态电池","电解质"]}): see {@link JsonList}. */
@Converter
public class JsonStrings extends JsonList<String> implements AttributeConverter<List<String>, String> {

    public JsonStrings() {
        super(String[].class);
    }
}
