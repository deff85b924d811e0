package org.jiebang.challenge.web;

import java.util.List;
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

    private volatile List<TechnologyField> all;
    private final Map<String, TechnologyField> byCode = new ConcurrentHashMap<>();

    /** The whole list, in its order. */
    public List<TechnologyField> all() {
        if (all == null) {
            List<TechnologyField> fields = List.copyOf(challenges.fields());
            byCode.putAll(fields.stream().collect(Collectors.toMap(TechnologyField::getCode, f -> f)));
            all = fields;
        }
        return all;
    }

    public String name(String code) {
        if (code == null) {
            return "";
        }
        all();
        TechnologyField field = byCode.get(code);
        return field == null ? code : language.isEnglish() ? field.getNameEn() : field.getNameZh();
    }
}
