package org.bridgework.reference;

import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** The City of London's 25 wards (ONS 2014 codes), loaded by Liquibase from the public reference list. */
@Service
public class WardDirectory {

    private final List<Ward> wards;

    WardDirectory(JdbcClient jdbc) {
        this.wards = List.copyOf(jdbc.sql("select ward_code, ward_name from ward order by ward_name")
                .query((rs, n) -> new Ward(rs.getString(1), rs.getString(2))).list());
    }

    @PreAuthorize(Access.ANY_USER)
    public List<Ward> all() {
        return wards;
    }

    /** Reference data, not personal data: open to start-up work and the public directory. */
    public List<Ward> reference() {
        return wards;
    }

    public Optional<Ward> byCode(String code) {
        return wards.stream().filter(w -> w.code().equals(code)).findFirst();
    }
}
