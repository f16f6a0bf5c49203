package org.bridgework.reports;

import org.bridgework.platform.MessageBundles;
import org.bridgework.reports.OutcomeReport.Cell;
import org.springframework.stereotype.Component;

/** The report's words for downloads, which are made outside any screen and so in English. */
@Component
class ReportTexts {

    private final MessageBundles bundles;

    ReportTexts(MessageBundles bundles) {
        this.bundles = bundles;
    }

    String text(String key, Object... params) {
        return bundles.getTranslation(key, MessageBundles.ENGLISH, params);
    }

    String measure(Measure measure) {
        return text("reports.measure." + measure.key());
    }

    /** A cell as every download writes it: the figure, or the word for hidden. */
    String cell(Measure measure, Cell cell) {
        return cell == null ? "" : cell.suppressed() ? text("reports.hidden") : measure.format(cell.amount());
    }

    String change(Measure measure, Long change) {
        if (change == null) {
            return "";
        }
        String formatted = measure.format(Math.abs(change));
        return change > 0 ? "+" + formatted : change < 0 ? "-" + formatted : formatted;
    }
}
