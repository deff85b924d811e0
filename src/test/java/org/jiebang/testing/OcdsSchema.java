package org.jiebang.testing;

import java.util.Set;
import java.util.stream.Collectors;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The official Open Contracting Data Standard 1.1.5 release-package and release schemas (copied
 * with their licence into {@code src/test/resources/ocds/}), with the package schema's reference
 * to the release schema's URL read from that copy, formats (dates, URIs) checked.
 */
public final class OcdsSchema {

    private static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";

    private static final JsonSchema PACKAGE = JsonSchemaFactory
            .getInstance(SpecVersion.VersionFlag.V4, b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:ocds/")))
            .getSchema(SchemaLocation.of(BASE + "release-package-schema.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private OcdsSchema() {
    }

    /** What is wrong with the package, one line per violation; empty when it is valid. */
    public static String violations(String releasePackage) {
        Set<ValidationMessage> errors = PACKAGE.validate(releasePackage, InputFormat.JSON);
        return errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }
}
