package org.bridgework.timecredits;

import org.bridgework.audit.AuditService;
import org.bridgework.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Council staff looking at one resident's Time Credits, from the resident's page. */
@Service
public class ResidentCreditsService {

    private final Ledger ledger;
    private final Statements statements;
    private final AuditService audit;

    ResidentCreditsService(Ledger ledger, Statements statements, AuditService audit) {
        this.ledger = ledger;
        this.statements = statements;
        this.audit = audit;
    }

    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public long balance(long residentId) {
        return ledger.find(AccountKind.VOLUNTEER, residentId).map(Ledger.Account::balance).orElse(0L);
    }

    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public List<StatementLine> statement(long residentId, int offset, int limit) {
        var account = ledger.find(AccountKind.VOLUNTEER, residentId);
        if (account.isEmpty()) {
            return List.of();
        }
        if (offset == 0) {
            audit.recordView("TIME_CREDITS_ACCOUNT", account.get().id(), residentId);
        }
        return statements.page(account.get().id(), null, null, offset, limit);
    }
}
