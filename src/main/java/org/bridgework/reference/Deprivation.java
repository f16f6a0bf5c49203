package org.bridgework.reference;

import org.bridgework.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * IMD 2019 deciles of London's 4,835 LSOAs, loaded by Liquibase from the published file. The whole set is a few
 * hundred kilobytes and never changes while the app runs, so it is read once and answered from memory.
 */
@Service
public class Deprivation {

    private final Map<String, LsoaDeprivation> byCode = new LinkedHashMap<>();

    Deprivation(JdbcClient jdbc) {
        jdbc.sql("select lsoa_code, lsoa_name, local_authority_name, imd_decile, income_decile, employment_decile,"
                        + " education_decile, health_decile, crime_decile, housing_barriers_decile,"
                        + " living_environment_decile, idaci_decile, idaopi_decile from imd2019_lsoa order by lsoa_code")
                .query((rs, n) -> new LsoaDeprivation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        decile(rs, 5), decile(rs, 6), decile(rs, 7), decile(rs, 8), decile(rs, 9), decile(rs, 10),
                        decile(rs, 11), decile(rs, 12), decile(rs, 13)))
                .list().forEach(l -> byCode.put(l.lsoaCode(), l));
    }

    private static Integer decile(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    @PreAuthorize(Access.ANY_USER)
    public Optional<LsoaDeprivation> lsoa(String lsoaCode) {
        return Optional.ofNullable(lsoaCode == null ? null : byCode.get(lsoaCode.trim().toUpperCase()));
    }

    /** The overall IMD decile, 1 = most deprived tenth in England; empty for an LSOA outside London or unknown. */
    @PreAuthorize(Access.ANY_USER)
    public OptionalInt decile(String lsoaCode) {
        return lsoa(lsoaCode).map(l -> OptionalInt.of(l.imdDecile())).orElse(OptionalInt.empty());
    }

    /** The LSOAs of one London borough (its name as in the IMD file, e.g. "City of London"), by code. */
    @PreAuthorize(Access.ANY_USER)
    public List<LsoaDeprivation> inBorough(String borough) {
        return byCode.values().stream().filter(l -> l.localAuthority().equalsIgnoreCase(borough)).toList();
    }

    /** Every London LSOA's overall decile by code, for reports that set need against provision. */
    @PreAuthorize(Access.ANY_USER)
    public Map<String, LsoaDeprivation> all() {
        return Collections.unmodifiableMap(byCode);
    }

    public int size() {
        return byCode.size();
    }
}
