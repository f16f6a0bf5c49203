package org.bridgework.residents;

import java.util.List;
import java.util.Map;

/** The headings of an uploaded CSV, its first rows, its size, and a suggested mapping of headings to fields. */
public record CsvPreview(List<String> headers, List<List<String>> firstRows, int rowCount,
                         Map<ImportField, String> suggestedMapping) {
}
