package org.jiebang.platform.region;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.platform.i18n.Language;
import org.jiebang.platform.region.Regions.Province;

/** Region codes for pages, in the page's language: {@code #{regionNames.label(c.region())}}. */
@Named
@ApplicationScoped
public class RegionNames {

    @Inject
    Language language;

    public String label(String code) {
        return Regions.label(code, language.isEnglish());
    }

    public List<Province> getProvinces() {
        return Regions.provinces();
    }
}
