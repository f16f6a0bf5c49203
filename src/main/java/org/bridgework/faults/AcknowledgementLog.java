package org.bridgework.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The drill's record of what the app told a user was done. A line is written, and forced to disk, only after the
 * operation's transaction returned; so after a kill every line names work the database must still hold.
 */
final class AcknowledgementLog implements AutoCloseable {

    private final FileChannel channel;

    AcknowledgementLog(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("The acknowledgement file " + file + " could not be opened", e);
        }
    }

    synchronized void acknowledge(String kind, String id) {
        try {
            channel.write(ByteBuffer.wrap((kind + " " + id + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("An acknowledgement could not be written", e);
        }
    }

    /** Lines cut short by a kill (no newline yet) were never acknowledged, so only whole lines count. */
    static List<String[]> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        return text.substring(0, end).lines().filter(l -> !l.isBlank()).map(l -> l.split(" ", 2)).toList();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
