package org.jiebang.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jiebang.testing.OcdsSchema;
import org.junit.jupiter.api.Test;

/** The schema check the open-data tests rely on finds what is wrong, and nothing in a valid package. */
class OcdsSchemaTest {

    static final String RELEASE = """
            {"ocid": "ocds-jbtest-1", "id": "ocds-jbtest-1-1", "date": "2026-11-25T08:00:00Z", "tag": ["tender"],
             "initiationType": "tender", "tender": {"id": "t1", "status": "%s", "value": {"amount": 1000.00, "currency": "CNY"}}}""";

    static String pack(String release, String date) {
        return """
                {"uri": "http://localhost/api/v1/ocds/challenges/1", "version": "1.1", "publishedDate": "%s",
                 "publisher": {"name": "Jiebang"}, "releases": [%s]}""".formatted(date, release);
    }

    @Test
    void aMinimalPackageIsValid() {
        assertEquals("", OcdsSchema.violations(pack(RELEASE.formatted("active"), "2026-11-25T08:00:00Z")));
    }

    @Test
    void aStatusOutsideTheClosedCodelistADateThatIsNoDateAndAMissingReleaseListAreFound() {
        assertTrue(OcdsSchema.violations(pack(RELEASE.formatted("open"), "2026-11-25T08:00:00Z")).contains("status"));
        assertTrue(OcdsSchema.violations(pack(RELEASE.formatted("active"), "25.11.2026")).contains("publishedDate"));
        assertTrue(OcdsSchema.violations("{\"uri\": \"http://x/\", \"version\": \"1.1\", \"publishedDate\":"
                + " \"2026-11-25T08:00:00Z\", \"publisher\": {\"name\": \"J\"}}").contains("releases"));
    }
}
