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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(order = 39, icon = "vaadin:scale", title = "timecredits.menu.timeCreditsSettings")
@RolesAllowed(Access.ADMIN)
class TimeCreditsAdminView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField expiryMonths = new IntegerField(getTranslation("timecredits.timeCreditsAdmin.creditsExpireAfterThisMany"));
    final IntegerField maxGift = new IntegerField(getTranslation("timecredits.timeCreditsAdmin.mostCreditsInOneGift"));
    final IntegerField capPerVisit = new IntegerField(getTranslation("timecredits.timeCreditsAdmin.mostCreditsSpentInOne"));
    final IntegerField defaultBudget = new IntegerField(getTranslation("timecredits.timeCreditsAdmin.defaultMonthlyIssuingBudgetPer"));
    final Button check = new Button(getTranslation("timecredits.timeCreditsAdmin.checkTheLedger"));
    final Paragraph checkResult = new Paragraph();
    private Policy policy;

    TimeCreditsAdminView(PolicyService policies, LedgerIntegrityService integrity, ReversalService reversals,
                         ExpiryService expiry, OrganisationService organisations) {
        add(new H1(getTranslation("timecredits.timeCreditsAdmin.timeCreditsSettings")));
        expiryMonths.setHelperText(getTranslation("timecredits.timeCreditsAdmin.leaveEmptySoThatCredits"));
        capPerVisit.setHelperText(getTranslation("timecredits.timeCreditsAdmin.leaveEmptyForNoCap"));
        defaultBudget.setHelperText(getTranslation("timecredits.timeCreditsAdmin.leaveEmptyForNoBudget"));
        load(policies.current());
        var save = new Button(getTranslation("timecredits.timeCreditsAdmin.saveRules"), e -> {
            try {
                load(policies.save(new Policy(policy.version(), expiryMonths.getValue(),
                        maxGift.getValue() == null ? 0 : maxGift.getValue(), capPerVisit.getValue(), defaultBudget.getValue())));
                FieldErrors.done(getTranslation("timecredits.timeCreditsAdmin.rulesSaved"));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("expiryMonths", expiryMonths, "maxGiftCredits", maxGift,
                        "redemptionCapPerVisit", capPerVisit, "defaultMonthlyBudget", defaultBudget));
            } catch (ConcurrentEditException stale) {
                FieldErrors.error(getTranslation("timecredits.timeCreditsAdmin.someoneElseChangedTheRules"));
                load(policies.current());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var rules = new FormLayout(expiryMonths, maxGift, capPerVisit, defaultBudget, save);
        rules.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var expireNow = new Button(getTranslation("timecredits.timeCreditsAdmin.runExpiryNow"), e ->
                FieldErrors.done(getTranslation("timecredits.timeCreditsAdmin.expired", expiry.expireInactive(Instant.now()))));
        add(new H2(getTranslation("timecredits.timeCreditsAdmin.rules")), rules, expireNow);

        var budgets = new Grid<PartnerBudget>();
        budgets.addColumn(PartnerBudget::organisationName).setHeader(getTranslation("timecredits.timeCreditsAdmin.earnPartner")).setFlexGrow(1);
        budgets.addColumn(PartnerBudget::monthlyBudget).setHeader(getTranslation("timecredits.timeCreditsAdmin.creditsAMonth")).setAutoWidth(true);
        budgets.setItems(policies.budgets());
        budgets.setAllRowsVisible(true);
        budgets.setAriaLabel(getTranslation("timecredits.timeCreditsAdmin.partnerBudgets"));
        var partner = new ComboBox<OrganisationDetails>(getTranslation("timecredits.timeCreditsAdmin.earnPartner"));
        partner.setItems(q -> organisations.directory(q.getFilter().orElse(""), null, null, q.getOffset(), q.getLimit())
                .stream().filter(OrganisationDetails::earnPartner));
        partner.setItemLabelGenerator(OrganisationDetails::name);
        var budget = new IntegerField(getTranslation("timecredits.timeCreditsAdmin.creditsAMonth"));
        budget.setHelperText(getTranslation("timecredits.timeCreditsAdmin.leaveEmptyToUseThe"));
        var setBudget = new Button(getTranslation("timecredits.timeCreditsAdmin.setBudget"), e -> {
            if (partner.getValue() == null) {
                partner.setErrorMessage(getTranslation("timecredits.timeCreditsAdmin.chooseThePartner"));
                partner.setInvalid(true);
                return;
            }
            try {
                policies.setBudget(partner.getValue().id(), budget.getValue());
                budgets.setItems(policies.budgets());
                FieldErrors.done(getTranslation("timecredits.timeCreditsAdmin.budgetSaved"));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("organisation", partner, "monthlyBudget", budget));
            }
        });
        var budgetForm = new FormLayout(partner, budget, setBudget);
        budgetForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        add(new H2(getTranslation("timecredits.timeCreditsAdmin.issuingBudgets")), budgets, budgetForm);

        var transaction = new IntegerField(getTranslation("timecredits.timeCreditsAdmin.transactionNumber"));
        var reason = new TextField(getTranslation("timecredits.timeCreditsAdmin.reason"));
        var reverse = new Button(getTranslation("timecredits.timeCreditsAdmin.reverseTransaction"), e -> {
            try {
                long id = reversals.reverse(transaction.getValue() == null ? -1 : transaction.getValue(), reason.getValue());
                FieldErrors.done(getTranslation("timecredits.timeCreditsAdmin.reversed", String.valueOf(id)));
                transaction.clear();
                reason.clear();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("transaction", transaction, "reason", reason));
            }
        });
        reverse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var correction = new FormLayout(transaction, reason, reverse);
        correction.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        add(new H2(getTranslation("timecredits.timeCreditsAdmin.corrections")), new Paragraph(getTranslation("timecredits.timeCreditsAdmin.aCorrectionAddsAReversing")), correction);

        check.addClickListener(e -> {
            var report = integrity.check();
            if (report.sound()) {
                checkResult.setText(getTranslation("timecredits.timeCreditsAdmin.sound", report.transactionsChecked(),
                        report.accountsChecked()));
            } else {
                var text = new StringBuilder(getTranslation("timecredits.timeCreditsAdmin.problemsFound"));
                report.unbalanced().forEach(u -> text.append(getTranslation("timecredits.timeCreditsAdmin.unbalanced",
                        String.valueOf(u.transactionId()), u.sum())));
                report.differences().forEach(d -> text.append(getTranslation("timecredits.timeCreditsAdmin.difference",
                        String.valueOf(d.accountId()), d.cachedBalance(), d.entriesBalance())));
                report.negativeVolunteerAccounts().forEach(a -> text.append(getTranslation("timecredits.timeCreditsAdmin.negative",
                        String.valueOf(a))));
                checkResult.setText(text.toString());
            }
        });
        add(new H2(getTranslation("timecredits.timeCreditsAdmin.ledgerIntegrity")), check, checkResult);
    }

    private void load(Policy p) {
        policy = p;
        expiryMonths.setValue(p.expiryMonths());
        maxGift.setValue(p.maxGiftCredits());
        capPerVisit.setValue(p.redemptionCapPerVisit());
        defaultBudget.setValue(p.defaultMonthlyBudget());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timecredits.timeCreditsAdmin.pageTitle");
    }
}
