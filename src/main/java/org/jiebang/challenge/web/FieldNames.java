package org.jiebang.challenge.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.challenge.ChallengeService;
import org.jiebang.challenge.TechnologyField;
import org.jiebang.platform.i18n.Language;

/** Names of technology domains in the page's language; the code list is fixed, so it is read once. */
@Named
@ApplicationScoped
public class FieldNames {

    @Inject
    ChallengeService challenges;

    @Inject
    Language language;

    private final Map<String, TechnologyField> byCode = new ConcurrentHashMap<>();

    public String name(String code) {
        if (code == null) {
            return "";
        }
        if (byCode.isEmpty()) {
            byCode.putAll(challenges.fields().stream().collect(Collectors.toMap(TechnologyField::getCode, f -> f)));
        }
        TechnologyField field = byCode.get(code);
        return field == null ? code : language.isEnglish() ? field.getNameEn() : field.getNameZh();
    }
}
