package org.bridgework.reports;

import liquibase.change.custom.CustomSqlChange;
import liquibase.database.Database;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.RawParameterizedSqlStatement;

/** Liquibase's step that fills the monthly totals from what was recorded before they existed. */
public class MonthlyTotalsBackfill implements CustomSqlChange {

    @Override
    public SqlStatement[] generateStatements(Database database) {
        return MonthlyTotals.REBUILD.stream().map(RawParameterizedSqlStatement::new).toArray(SqlStatement[]::new);
    }

    @Override
    public String getConfirmationMessage() {
        return "Monthly report totals filled from the records";
    }

    @Override
    public void setUp() {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
