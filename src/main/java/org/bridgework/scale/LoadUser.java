package org.bridgework.scale;

import org.bridgework.scale.UiConnection.Node;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * One virtual officer in one browser tab, looping a day's mix with think time between steps: find a person by name,
 * open their record, open a session's register, mark someone and save, then open the reports and run a short period.
 */
final class LoadUser {

    private final UiConnection ui;
    private final LoadPlan plan;
    private final LoadRecorder recorder;

    LoadUser(UiConnection ui, LoadPlan plan, LoadRecorder recorder) {
        this.ui = ui;
        this.plan = plan;
        this.recorder = recorder;
    }

    /** Signs in and opens the residents page; false (and an error recorded) when that fails. */
    boolean start() {
        try {
            ui.signIn(plan.username(), plan.password());
            recorder.record(LoadRecorder.Kind.BOOTSTRAP, ui.open("residents"));
            return true;
        } catch (Exception e) {
            recorder.error(LoadRecorder.Kind.BOOTSTRAP, e);
            return false;
        }
    }

    void loop(BooleanSupplier running) {
        while (running.getAsBoolean()) {
            try {
                round(running);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void round(BooleanSupplier running) throws InterruptedException {
        var random = ThreadLocalRandom.current();
        step(LoadRecorder.Kind.NAVIGATE, () -> ui.navigate("residents", "client").nanos());
        think(running);
        String name = plan.searchTerms().get(random.nextInt(plan.searchTerms().size()));
        step(LoadRecorder.Kind.SEARCH, () -> ui.type(ui.byId("residents-name"), name).nanos());
        confirmGrid();
        think(running);
        List<Node> links = ui.findAll(n -> "a".equals(n.tag) && n.attribute("href") != null
                && n.attribute("href").matches("residents/[0-9]+"));
        if (!links.isEmpty()) {
            String href = links.get(random.nextInt(links.size())).attribute("href");
            step(LoadRecorder.Kind.OPEN_RESIDENT, () -> ui.navigate(href, "client").nanos());
            think(running);
        } else {
            recorder.miss(LoadRecorder.Kind.SEARCH);
        }
        long session = plan.sessionIds().get(random.nextInt(plan.sessionIds().size()));
        step(LoadRecorder.Kind.OPEN_REGISTER, () -> ui.navigate("sessions/" + session, "client").nanos());
        think(running);
        List<Node> marks = ui.findAll(n -> "vaadin-button".equals(n.tag) && n.attribute("aria-label") != null
                && n.attribute("aria-label").matches("^(Present|Late): .*") && !"true".equals(n.attribute("aria-pressed")));
        if (marks.isEmpty()) {
            recorder.error(LoadRecorder.Kind.MARK, new UiConnection.ProtocolException("register of session " + session + " has no mark buttons"));
        } else {
            Node mark = marks.get(random.nextInt(marks.size()));
            step(LoadRecorder.Kind.MARK, () -> ui.click(mark).nanos());
            think(running);
            step(LoadRecorder.Kind.SAVE_REGISTER, () -> {
                var answer = ui.click(ui.byId("register-save"));
                if (!answer.body().contains("Register saved")) {
                    throw new UiConnection.ProtocolException("saving the register of session " + session + " said nothing");
                }
                if (answer.body().contains(" changed")) {
                    recorder.changed(session);
                }
                return answer.nanos();
            });
            think(running);
        }
        if (plan.reports()) {
            step(LoadRecorder.Kind.OPEN_REPORTS, () -> ui.navigate("reports", "client").nanos());
            confirmGrid();
            think(running);
            LocalDate to = LocalDate.now().minusDays(1);
            step(LoadRecorder.Kind.REPORT_PERIOD, () -> ui.choose(ui.byId("report-from"), to.minusDays(plan.reportDays() - 1L).toString()).nanos());
            step(LoadRecorder.Kind.REPORT_PERIOD, () -> ui.choose(ui.byId("report-to"), to.toString()).nanos());
            step(LoadRecorder.Kind.RUN_REPORT, () -> ui.click(ui.byId("report-show")).nanos());
            confirmGrid();
            think(running);
        }
    }

    private void confirmGrid() {
        step(LoadRecorder.Kind.GRID, () -> ui.confirmGridUpdates().map(UiConnection.Answer::nanos).orElse(-1L));
    }

    private interface Step {
        long run() throws Exception;
    }

    private void step(LoadRecorder.Kind kind, Step step) {
        try {
            long nanos = step.run();
            if (nanos >= 0) {
                recorder.record(kind, nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            recorder.error(kind, e);
        }
    }

    private void think(BooleanSupplier running) throws InterruptedException {
        long pause = ThreadLocalRandom.current().nextLong(plan.thinkMinMillis(), plan.thinkMaxMillis() + 1);
        long end = System.currentTimeMillis() + pause;
        while (running.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(Math.min(200, Math.max(1, end - System.currentTimeMillis())));
        }
    }

    void stop() {
        ui.forgetTree();
    }

    void signOut() {
        try {
            ui.signOut();
        } catch (Exception ignored) {
            // the session times out on its own; a failed sign-out costs heap, not correctness
        }
    }
}
