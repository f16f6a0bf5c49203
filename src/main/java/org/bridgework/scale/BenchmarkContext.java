package org.bridgework.scale;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** What a {@link BenchmarkCase} may use to choose its inputs: the database, and ids spread over the resident table. */
public record BenchmarkContext(JdbcClient jdbc, long liveResidents, List<Long> sampleResidentIds) {
}
