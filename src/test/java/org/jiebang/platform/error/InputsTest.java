package org.jiebang.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.jiebang.challenge.ChallengeForm;
import org.jiebang.platform.error.InvalidInput.FieldError;
import org.junit.jupiter.api.Test;

/** Bad input names the field and the rule: in English for the API, in the page's language for pages. */
class InputsTest {

    @Test
    void eachBrokenRuleIsNamedInEnglishAndInChinese() {
        Inputs inputs = new Inputs();
        inputs.init();
        ChallengeForm form = new ChallengeForm();
        form.setTitle("长".repeat(ChallengeForm.TITLE_LENGTH + 1));
        form.setRegion("990101");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> inputs.check(form));
        FieldError title = refused.errors().stream().filter(e -> e.field().equals("title")).findFirst().orElseThrow();
        assertTrue(title.message().contains("200"), title.message());
        assertTrue(title.message(Locale.SIMPLIFIED_CHINESE).contains("200"), title.messageZh());
        assertNotEquals(title.message(), title.message(Locale.SIMPLIFIED_CHINESE), "worded in Chinese for Chinese pages");
        assertEquals(title.message(), title.message(Locale.ENGLISH));
        FieldError region = refused.errors().stream().filter(e -> e.field().equals("region")).findFirst().orElseThrow();
        assertEquals("须为省级行政区内的 6 位行政区划代码，如 330402", region.message(Locale.SIMPLIFIED_CHINESE));
    }
}
