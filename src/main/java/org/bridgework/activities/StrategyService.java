package org.bridgework.activities;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.ConcurrentEditException;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The strategy's outcomes, headings, programmes and activity types: reference data administrators keep up to date. */
@Service
public class StrategyService {

    private final JdbcClient jdbc;
    private final AuditService audit;

    StrategyService(JdbcClient jdbc, AuditService audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public List<StrategyItem> list(StrategyKind kind, boolean activeOnly) {
        return jdbc.sql("select * from (" + select(kind) + ") x" + (activeOnly ? " where active" : "")
                        + " order by sort_order, name")
                .query((rs, n) -> new StrategyItem(rs.getLong("id"), rs.getLong("version"), kind, rs.getString("name"),
                        rs.getObject("parent_id", Long.class), rs.getInt("sort_order"), rs.getBoolean("library_session"),
                        rs.getBoolean("active")))
                .list();
    }

    /** The heading and outcome an activity type counts towards, as "outcome › heading". */
    @PreAuthorize(Access.ANY_USER)
    @Transactional(readOnly = true)
    public String strategyPathOfType(long typeId) {
        return jdbc.sql("""
                        select concat(o.title, ' › ', h.title) from activity_type t
                        join strategy_heading h on h.id = t.heading_id join strategy_outcome o on o.id = h.outcome_id
                        where t.id = ?""").param(typeId).query(String.class).optional().orElse("");
    }

    @PreAuthorize(Access.ADMINS)
    @Transactional
    public StrategyItem save(StrategyItem item) {
        var errors = new InvalidInputException.Collector()
                .check(item.name() != null && !item.name().isBlank(), "name", "Enter a name.")
                .check(item.name() == null || item.name().trim().length() <= (item.kind() == StrategyKind.PROGRAMME
                        || item.kind() == StrategyKind.TYPE ? 120 : 300), "name", "That name is too long.")
                .check(item.kind().parent() == null || item.parentId() != null, "parent",
                        "Choose the " + (item.kind().parent() == null ? "" : item.kind().parent().label().toLowerCase()) + " this belongs to.");
        errors.throwIfAny();
        String name = item.name().trim();
        try {
            long id;
            if (item.id() == null) {
                id = insert(item, name);
                audit.recordCreate("STRATEGY_" + item.kind().name(), id, null, name);
            } else {
                int updated = update(item, name);
                if (updated == 0) {
                    throw new ConcurrentEditException("This " + item.kind().label().toLowerCase(), List.of());
                }
                id = item.id();
                audit.recordChange("STRATEGY_" + item.kind().name(), id, null, name);
            }
            return list(item.kind(), false).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "There is already a " + item.kind().label().toLowerCase() + " with that name.");
        }
    }

    private long insert(StrategyItem item, String name) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        switch (item.kind()) {
            case OUTCOME -> jdbc.sql("insert into strategy_outcome (title, sort_order, active) values (?, ?, ?)")
                    .params(name, item.sortOrder(), item.active()).update(keys);
            case HEADING -> jdbc.sql("insert into strategy_heading (outcome_id, title, sort_order, active) values (?, ?, ?, ?)")
                    .params(item.parentId(), name, item.sortOrder(), item.active()).update(keys);
            case PROGRAMME -> jdbc.sql("insert into activity_programme (name, active) values (?, ?)")
                    .params(name, item.active()).update(keys);
            case TYPE -> jdbc.sql("insert into activity_type (name, heading_id, library_session, active) values (?, ?, ?, ?)")
                    .params(name, item.parentId(), item.librarySession(), item.active()).update(keys);
        }
        return keys.getKey().longValue();
    }

    private int update(StrategyItem item, String name) {
        String set = switch (item.kind()) {
            case OUTCOME -> "title = ?, sort_order = " + item.sortOrder();
            case HEADING -> "title = ?, sort_order = " + item.sortOrder() + ", outcome_id = " + item.parentId();
            case PROGRAMME -> "name = ?";
            case TYPE -> "name = ?, heading_id = " + item.parentId() + ", library_session = " + item.librarySession();
        };
        return jdbc.sql("update " + item.kind().table + " set " + set + ", active = ?, version = version + 1 where id = ? and version = ?")
                .params(name, item.active(), item.id(), item.version()).update();
    }

    private static String select(StrategyKind kind) {
        return switch (kind) {
            case OUTCOME -> "select id, version, title name, null parent_id, sort_order, false library_session, active from strategy_outcome";
            case HEADING -> "select id, version, title name, outcome_id parent_id, sort_order, false library_session, active from strategy_heading";
            case PROGRAMME -> "select id, version, name, null parent_id, 0 sort_order, false library_session, active from activity_programme";
            case TYPE -> "select id, version, name, heading_id parent_id, 0 sort_order, library_session, active from activity_type";
        };
    }
}
