package org.jiebang.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.platform.i18n.Language;

/** "还剩 3 天 4 小时" (DESIGN.md): the time left until a deadline by the server's clock, in the page's language. */
@Named
@ApplicationScoped
public class Countdown {

    @Inject
    Clock clock;

    public String left(Instant deadline) {
        if (deadline == null) {
            return "";
        }
        return text(ResourceBundle.getBundle(Language.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale()),
                Duration.between(clock.instant(), deadline));
    }

    /** The words for {@code left} from the page's bundle: days and hours, or hours and minutes (no "0 hours"). */
    static String text(ResourceBundle bundle, Duration left) {
        if (left.isNegative() || left.isZero()) {
            return bundle.getString("countdown.closed");
        }
        long days = left.toDays();
        long hours = left.toHoursPart();
        long minutes = left.toMinutesPart();
        if (days > 0) {
            return java.text.MessageFormat.format(bundle.getString("countdown.days"), days, hours);
        }
        if (hours > 0) {
            return java.text.MessageFormat.format(bundle.getString("countdown.hours"), hours, minutes);
        }
        return java.text.MessageFormat.format(bundle.getString("countdown.minutes"), minutes);
    }

    public boolean isSoon(Instant deadline) {
        return deadline != null && Duration.between(clock.instant(), deadline).toDays() < 3;
    }
}
