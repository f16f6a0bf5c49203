package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.residents.ResidentService;
import org.bridgework.residents.ResidentFacts;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * A volunteer's self-service. Every method works on the signed-in volunteer's own account, taken from
 * their sign-in: there is no parameter through which another account could be named.
 */
@Service
public class MyCreditsService {

    private final Ledger ledger;
    private final Scope scope;
    private final Statements statements;
    private final CreditIssuer issuer;
    private final OfferService offers;
    private final ResidentService residents;
    private final AuditService audit;

    MyCreditsService(Ledger ledger, Scope scope, Statements statements, CreditIssuer issuer, OfferService offers,
                     ResidentService residents, AuditService audit) {
        this.ledger = ledger;
        this.scope = scope;
        this.statements = statements;
        this.issuer = issuer;
        this.offers = offers;
        this.residents = residents;
        this.audit = audit;
    }

    /** Opens the account on first use, so that every volunteer has a card to show. */
    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional
    public MyCredits overview() {
        long residentId = scope.volunteerResidentId();
        long id = ledger.account(AccountKind.VOLUNTEER, residentId);
        var account = ledger.find(AccountKind.VOLUNTEER, residentId).orElseThrow();
        return new MyCredits(account.balance(), account.membershipNumber(), Ledger.QR_PREFIX + account.membershipNumber(),
                issuer.carriedMinutes(residentId), issuer.minutesPerCredit());
    }

    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public long balance() {
        return ledger.find(AccountKind.VOLUNTEER, scope.volunteerResidentId()).map(Ledger.Account::balance).orElse(0L);
    }

    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public List<StatementLine> statement(LocalDate from, LocalDate to, int offset, int limit) {
        long residentId = scope.volunteerResidentId();
        var account = ledger.find(AccountKind.VOLUNTEER, residentId);
        if (account.isEmpty()) {
            return List.of();
        }
        if (offset == 0) {
            audit.recordView("TIME_CREDITS_ACCOUNT", account.get().id(), residentId);
        }
        return statements.page(account.get().id(), from, to, offset, limit);
    }

    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public String statementCsv(LocalDate from, LocalDate to) {
        long residentId = scope.volunteerResidentId();
        var account = ledger.find(AccountKind.VOLUNTEER, residentId);
        audit.recordExport("TIME_CREDITS_ACCOUNT", account.map(Ledger.Account::id).orElse(null), residentId,
                "statement CSV " + from + " to " + to);
        return account.map(a -> statements.csv(a.id(), from, to)).orElse("Date,Type,Description,Credits,Balance\r\n");
    }

    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public byte[] statementPdf(LocalDate from, LocalDate to) {
        long residentId = scope.volunteerResidentId();
        var account = ledger.find(AccountKind.VOLUNTEER, residentId)
                .orElseThrow(() -> InvalidInputException.keyed("statement", "timecredits.error.no-account"));
        audit.recordExport("TIME_CREDITS_ACCOUNT", account.id(), residentId, "statement PDF " + from + " to " + to);
        return statements.pdf(account.id(), account.membershipNumber(), from, to);
    }

    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional
    public String cardQrSvg() {
        var mine = overview();
        return QrCodes.svg(mine.qrContent(), "Time Credits card " + mine.membershipNumber());
    }

    /** Offers open today in the volunteer's own ward, and City-wide ones. */
    @PreAuthorize(Access.VOLUNTEERS)
    @Transactional(readOnly = true)
    public List<Offer> offersNearMe(int offset, int limit) {
        String ward = residents.facts(scope.volunteerResidentId()).map(ResidentFacts::wardCode).orElse(null);
        return offers.openIn(ward, offset, limit);
    }
}
