package org.jiebang.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core (from the npm registry: {@code src/test/axe}, installed by {@code mvn verify}) run in
 * the page the browser shows: the serious and critical violations of WCAG 2.1 A and AA rules and
 * axe's best practices.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");
    private static String source;

    private Axe() {
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(SCRIPT + " is missing: mvn verify installs it with npm ci in src/test/axe", e);
            }
        }
        return source;
    }

    /** The page's serious and critical violations, one line each: rule, impact, help, the first elements. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        browser.script(source() + "\n;return typeof axe;");
        Object found = browser.asyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                        resultTypes: ['violations']})
                    .then(function (r) {
                        done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                            .map(function (v) {
                                return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                                    + v.nodes.slice(0, 4).map(function (n) { return n.target.join(' '); }).join(' | ')
                                    + ' — ' + String(v.nodes[0].failureSummary).replace(/\s+/g, ' ')
                                    + ' — ' + String(v.nodes[0].html).substring(0, 300);
                            }));
                    })
                    .catch(function (e) { done(['axe could not run: ' + e]); });
                """);
        return (List<String>) found;
    }
}
