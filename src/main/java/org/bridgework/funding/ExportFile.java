package org.bridgework.funding;

import java.nio.file.Path;

/** A checked export waiting on disk to be downloaded (see {@link GivingExport#prepare}). */
public record ExportFile(Path path, String fileName, ExportFormat format, int grants, String description) {
}
