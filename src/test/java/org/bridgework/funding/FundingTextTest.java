package org.bridgework.funding;

import org.bridgework.platform.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text key the funding views ask for has English text, so no screen ever shows a !key!. */
class FundingTextTest {

    private static final Pattern KEY = Pattern.compile("getTranslation\\(\"(funding\\.[a-zA-Z.]+[a-zA-Z])\"");

    @Test
    void everyKeyTheViewsUseHasEnglishText() throws IOException {
        var bundles = new MessageBundles();
        var keys = new ArrayList<String>();
        try (var files = Files.list(Path.of("src/main/java/org/bridgework/funding/ui"))) {
            for (Path file : files.toList()) {
                var matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        for (var format : ExportFormat.values()) {
            keys.add("funding.export.format." + format.name());
        }
        assertThat(keys).hasSizeGreaterThan(30);
        assertThat(keys).allSatisfy(key -> assertThat(bundles.hasKey(key)).as(key).isTrue());
    }
}
