package org.bridgework.residents;

import java.util.Map;

/**
 * A feature's part of a subject access export: everything it holds about one resident, as plain
 * data (maps, lists, strings, numbers, dates) that the export writes as JSON and as a readable PDF.
 */
public interface PersonalDataSection {

    String title();

    Map<String, Object> dataFor(long residentId);
}
