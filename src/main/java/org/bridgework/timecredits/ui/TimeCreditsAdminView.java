package org.bridgework.timecredits.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bridgework.organisations.OrganisationDetails;
import org.bridgework.organisations.OrganisationService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.bridgework.timecredits.ExpiryService;
import org.bridgework.timecredits.LedgerIntegrityService;
import org.bridgework.timecredits.PartnerBudget;
import org.bridgework.timecredits.Policy;
import org.bridgework.timecredits.PolicyService;
import org.bridgework.timecredits.ReversalService;

import java.time.Instant;
import java.util.Map;

/** Administrators: the programme's rules, partners' budgets, corrections and the ledger's integrity check. */
@Route("admin/timecredits")
@PageTitle("Time Credits settings | Bridgework")
@Menu(order = 39, icon = "vaadin:scale", title = "Time Credits settings")
@RolesAllowed(Access.ADMIN)
class TimeCreditsAdminView extends VerticalLayout {

    final IntegerField expiryMonths = new IntegerField("Credits expire after this many months without activity");
    final IntegerField maxGift = new IntegerField("Most credits in one gift");
    final IntegerField capPerVisit = new IntegerField("Most credits spent in one visit");
    final IntegerField defaultBudget = new IntegerField("Default monthly issuing budget per earn partner");
    final Button check = new Button("Check the ledger");
    final Paragraph checkResult = new Paragraph();
    private Policy policy;

    TimeCreditsAdminView(PolicyService policies, LedgerIntegrityService integrity, ReversalService reversals,
                         ExpiryService expiry, OrganisationService organisations) {
        add(new H1("Time Credits settings"));
        expiryMonths.setHelperText("Leave empty so that credits never expire");
        capPerVisit.setHelperText("Leave empty for no cap");
        defaultBudget.setHelperText("Leave empty for no budget");
        load(policies.current());
        var save = new Button("Save rules", e -> {
            try {
                load(policies.save(new Policy(policy.version(), expiryMonths.getValue(),
                        maxGift.getValue() == null ? 0 : maxGift.getValue(), capPerVisit.getValue(), defaultBudget.getValue())));
                FieldErrors.done("Rules saved.");
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("expiryMonths", expiryMonths, "maxGiftCredits", maxGift,
                        "redemptionCapPerVisit", capPerVisit, "defaultMonthlyBudget", defaultBudget));
            } catch (ConcurrentEditException stale) {
                FieldErrors.error("Someone else changed the rules meanwhile. They are shown again; make your change once more.");
                load(policies.current());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var rules = new FormLayout(expiryMonths, maxGift, capPerVisit, defaultBudget, save);
        rules.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var expireNow = new Button("Run expiry now", e ->
                FieldErrors.done(expiry.expireInactive(Instant.now()) + " accounts had credits expired."));
        add(new H2("Rules"), rules, expireNow);

        var budgets = new Grid<PartnerBudget>();
        budgets.addColumn(PartnerBudget::organisationName).setHeader("Earn partner").setFlexGrow(1);
        budgets.addColumn(PartnerBudget::monthlyBudget).setHeader("Credits a month").setAutoWidth(true);
        budgets.setItems(policies.budgets());
        budgets.setAllRowsVisible(true);
        budgets.setAriaLabel("Partner budgets");
        var partner = new ComboBox<OrganisationDetails>("Earn partner");
        partner.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit())
                .stream().filter(OrganisationDetails::earnPartner));
        partner.setItemLabelGenerator(OrganisationDetails::name);
        var budget = new IntegerField("Credits a month");
        budget.setHelperText("Leave empty to use the default");
        var setBudget = new Button("Set budget", e -> {
            if (partner.getValue() == null) {
                partner.setErrorMessage("Choose the partner.");
                partner.setInvalid(true);
                return;
            }
            try {
                policies.setBudget(partner.getValue().id(), budget.getValue());
                budgets.setItems(policies.budgets());
                FieldErrors.done("Budget saved.");
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("organisation", partner, "monthlyBudget", budget));
            }
        });
        var budgetForm = new FormLayout(partner, budget, setBudget);
        budgetForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        add(new H2("Issuing budgets"), budgets, budgetForm);

        var transaction = new IntegerField("Transaction number");
        var reason = new TextField("Reason");
        var reverse = new Button("Reverse transaction", e -> {
            try {
                long id = reversals.reverse(transaction.getValue() == null ? -1 : transaction.getValue(), reason.getValue());
                FieldErrors.done("Reversed by transaction " + id + ".");
                transaction.clear();
                reason.clear();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("transaction", transaction, "reason", reason));
            }
        });
        reverse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var correction = new FormLayout(transaction, reason, reverse);
        correction.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        add(new H2("Corrections"), new Paragraph("A correction adds a reversing transaction; nothing in the ledger is ever edited."), correction);

        check.addClickListener(e -> {
            var report = integrity.check();
            if (report.sound()) {
                checkResult.setText("The ledger is sound: " + report.transactionsChecked() + " transactions and "
                        + report.accountsChecked() + " accounts checked.");
            } else {
                var text = new StringBuilder("Problems found. ");
                report.unbalanced().forEach(u -> text.append("Transaction ").append(u.transactionId())
                        .append(" does not sum to zero (").append(u.sum()).append("). "));
                report.differences().forEach(d -> text.append("Account ").append(d.accountId()).append(" shows ")
                        .append(d.cachedBalance()).append(" but its entries add up to ").append(d.entriesBalance()).append(". "));
                report.negativeVolunteerAccounts().forEach(a -> text.append("Account ").append(a).append(" is negative. "));
                checkResult.setText(text.toString());
            }
        });
        add(new H2("Ledger integrity"), check, checkResult);
    }

    private void load(Policy p) {
        policy = p;
        expiryMonths.setValue(p.expiryMonths());
        maxGift.setValue(p.maxGiftCredits());
        capPerVisit.setValue(p.redemptionCapPerVisit());
        defaultBudget.setValue(p.defaultMonthlyBudget());
    }
}
