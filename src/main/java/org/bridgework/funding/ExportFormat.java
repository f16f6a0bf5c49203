package org.bridgework.funding;

/** The 360Giving download formats: the JSON data package, and a spreadsheet with 360Giving's column titles. */
public enum ExportFormat {
    JSON("json", "application/json"),
    CSV("csv", "text/csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mimeType;

    ExportFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }
}
