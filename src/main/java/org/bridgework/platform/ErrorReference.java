package org.bridgework.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Logs an unexpected error under a short reference that the user can quote to support. */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final SecureRandom random = new SecureRandom();

    private ErrorReference() {
    }

    public static String log(Throwable error) {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        String reference = "BW-" + HexFormat.of().withUpperCase().formatHex(bytes);
        log.error("Unexpected error, reference {}", reference, error);
        return reference;
    }
}
