package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.bridgework.families.CaseDetail;
import org.bridgework.families.CasePlanService;
import org.bridgework.families.CaseStatus;
import org.bridgework.families.FamilyCaseService;
import org.bridgework.families.Need;
import org.bridgework.families.NeedOutcome;
import org.bridgework.families.NeedScore;
import org.bridgework.families.ScoreRecord;
import org.bridgework.platform.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Scores per need at assessment and reviews, the distance travelled, a bar table of scores over time, and outcomes. */
class ScoresPanel extends VerticalLayout {

    ScoresPanel(CasePlanService plans, FamilyCaseService cases, CaseDetail c, Runnable reload) {
        long caseId = c.summary().id();
        var status = c.summary().status();
        var scores = plans.scores(caseId);
        var distance = plans.distanceTravelled(caseId);

        add(new H3(getTranslation("families.scores.distanceTravelled")));
        if (distance.rows().isEmpty()) {
            add(new Paragraph(getTranslation("families.scores.noScoresYetRecordThe")));
        } else {
            var table = new NativeTable();
            table.setCaptionText(getTranslation("families.scores.latestScoreMinusFirstScore"));
            table.getHead().addRows(new NativeTableRow(th(getTranslation("families.scores.need")), th(getTranslation("families.scores.first")), th(getTranslation("families.scores.latest")), th(getTranslation("families.scores.distanceTravelled"))));
            var body = table.getBody();
            distance.rows().forEach(r -> body.addRows(new NativeTableRow(td(r.needLabel()), td(String.valueOf(r.firstScore())),
                    td(String.valueOf(r.latestScore())), td((r.distance() > 0 ? "+" : "") + r.distance()))));
            add(table, new Paragraph(getTranslation("families.scores.familyAverage", Texts.signedOneDecimal(distance.familyAverage()))));
            add(new H3(getTranslation("families.scores.scoresOverTime")), chart(scores));
        }

        if (status == CaseStatus.ASSESSMENT || status == CaseStatus.ACTIVE || status == CaseStatus.REVIEW) {
            boolean review = status != CaseStatus.ASSESSMENT;
            add(new H3(review ? getTranslation("families.scores.recordAReview") : getTranslation("families.scores.recordTheAssessment")), scoreForm(plans, c.needs(), caseId, review, reload));
        }
        if (status == CaseStatus.REVIEW || status == CaseStatus.CLOSED) {
            add(new H3(getTranslation("families.scores.outcomesAtClosure")), outcomes(plans, c.needs(), caseId));
        }
    }

    private static Component scoreForm(CasePlanService plans, List<Need> needs, long caseId, boolean review, Runnable reload) {
        var date = new DatePicker(I18NProvider.translate("families.scores.date"), Formats.today());
        date.setMax(Formats.today());
        var next = new DatePicker(I18NProvider.translate("families.scores.nextReview"));
        next.setVisible(review);
        next.setValue(Formats.today().plusWeeks(6));
        var form = new FormLayout(date, next);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Map<Long, IntegerField> fields = new LinkedHashMap<>();
        Map<Long, TextArea> narratives = new HashMap<>();
        for (var n : needs) {
            var score = new IntegerField(I18NProvider.translate("families.scores.scoreLabel", n.label()));
            score.setMin(1);
            score.setMax(10);
            score.setStepButtonsVisible(true);
            var narrative = new TextArea(I18NProvider.translate("families.scores.foundLabel", n.label()));
            fields.put(n.id(), score);
            narratives.put(n.id(), narrative);
            form.add(score, narrative);
        }
        var save = new Button(review ? I18NProvider.translate("families.scores.saveReview") : I18NProvider.translate("families.scores.saveAssessment"), e -> {
            var list = new ArrayList<NeedScore>();
            fields.forEach((id, f) -> {
                if (f.getValue() != null) {
                    list.add(new NeedScore(id, f.getValue(), narratives.get(id).getValue()));
                }
            });
            try {
                if (review) {
                    plans.recordReview(caseId, date.getValue(), list, next.getValue());
                } else {
                    plans.recordAssessment(caseId, date.getValue(), list);
                }
                Notification.show(I18NProvider.translate("families.scores.saved"));
                reload.run();
            } catch (InvalidInputException invalid) {
                var map = new HashMap<String, com.vaadin.flow.component.HasValidation>();
                map.put("date", date);
                map.put("nextReviewDate", next);
                fields.forEach((id, f) -> map.put("score-" + id, f));
                FieldErrors.show(invalid, map);
            }
        });
        return new VerticalLayout(form, save);
    }

    private static Component outcomes(CasePlanService plans, List<Need> needs, long caseId) {
        var current = plans.outcomes(caseId);
        var form = new FormLayout();
        Map<Long, Select<NeedOutcome>> selects = new LinkedHashMap<>();
        for (var n : needs) {
            var s = new Select<NeedOutcome>();
            s.setLabel(n.label());
            s.setItems(NeedOutcome.values());
            s.setItemLabelGenerator(Texts::label);
            s.setValue(current.get(n.id()));
            selects.put(n.id(), s);
            form.add(s);
        }
        var save = new Button(I18NProvider.translate("families.scores.saveOutcomes"), e -> {
            var map = new LinkedHashMap<Long, NeedOutcome>();
            selects.forEach((id, s) -> {
                if (s.getValue() != null) {
                    map.put(id, s.getValue());
                }
            });
            try {
                plans.recordOutcomes(caseId, map);
                Notification.show(I18NProvider.translate("families.scores.outcomesSaved"));
            } catch (InvalidInputException invalid) {
                FieldErrors.error(FieldErrors.text(invalid));
            }
        });
        return new VerticalLayout(form, save);
    }

    /** A table with a bar per score: readable by screen readers as numbers, and at a glance as bars. */
    static Component chart(List<ScoreRecord> scores) {
        var dates = new TreeSet<LocalDate>();
        Map<String, Map<LocalDate, Integer>> byNeed = new LinkedHashMap<>();
        for (var s : scores) {
            dates.add(s.scoredOn());
            byNeed.computeIfAbsent(s.needLabel(), k -> new HashMap<>()).put(s.scoredOn(), s.score());
        }
        var table = new NativeTable();
        table.addClassName("family-score-chart");
        table.setCaptionText(I18NProvider.translate("families.scores.scoresPerNeedAtEach"));
        var headRow = new NativeTableRow(th(I18NProvider.translate("families.scores.need")));
        dates.forEach(d -> headRow.add(th(Formats.date(d))));
        table.getHead().addRows(headRow);
        var body = table.getBody();
        byNeed.forEach((need, values) -> {
            var row = new NativeTableRow(td(need));
            for (var d : dates) {
                Integer v = values.get(d);
                row.add(v == null ? td("") : bar(v));
            }
            body.addRows(row);
        });
        return table;
    }

    private static NativeTableCell bar(int score) {
        var fill = new Div();
        fill.getStyle().set("width", (score * 10) + "%").set("height", "0.75rem")
                .set("background", "var(--lumo-primary-color)").set("border-radius", "2px");
        var track = new Div(fill);
        track.getStyle().set("width", "6rem").set("background", "var(--lumo-contrast-10pct)");
        var cell = new NativeTableCell(new Span(String.valueOf(score)), track);
        cell.getStyle().set("padding", "0 var(--lumo-space-s)");
        return cell;
    }

    private static NativeTableHeaderCell th(String text) {
        var c = new NativeTableHeaderCell(text);
        c.getStyle().set("text-align", "left").set("padding", "0 var(--lumo-space-s)");
        return c;
    }

    private static NativeTableCell td(String text) {
        var c = new NativeTableCell(text);
        c.getStyle().set("padding", "0 var(--lumo-space-s)");
        return c;
    }
}
