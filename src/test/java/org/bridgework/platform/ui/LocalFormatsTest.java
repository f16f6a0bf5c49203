package org.bridgework.platform.ui;

import org.bridgework.platform.MessageBundles;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LocalFormatsTest {

    private static final LocalDate FIFTH_OF_MARCH = LocalDate.of(2026, 3, 5);

    @Test
    void englishDatesAndPoundsAreWrittenTheBritishWay() {
        assertThat(LocalFormats.date(FIFTH_OF_MARCH, MessageBundles.ENGLISH)).isEqualTo("5 Mar 2026");
        assertThat(LocalFormats.pounds(new BigDecimal("1234.5"), MessageBundles.ENGLISH)).isEqualTo("£1,234.50");
        assertThat(LocalFormats.number(1234567, MessageBundles.ENGLISH)).isEqualTo("1,234,567");
    }

    @Test
    void bengaliUsesBengaliMonthsAndDigitsButStillPounds() {
        assertThat(LocalFormats.date(FIFTH_OF_MARCH, MessageBundles.BENGALI)).isEqualTo("৫ মার্চ, ২০২৬");
        assertThat(LocalFormats.pounds(new BigDecimal("1234.5"), MessageBundles.BENGALI))
                .contains("£").contains("১,২৩৪.৫০").doesNotContain("৳");
    }

    @Test
    void timesAreLondonTimeOnTheTwentyFourHourClock() {
        var summerAfternoon = Instant.parse("2026-07-01T13:30:00Z");
        assertThat(LocalFormats.dateTime(summerAfternoon, MessageBundles.ENGLISH)).isEqualTo("1 Jul 2026, 14:30");
        assertThat(LocalFormats.dateTime(summerAfternoon, MessageBundles.BENGALI)).endsWith("১৪:৩০");
    }

    @Test
    void nothingToShowIsEmptyText() {
        assertThat(LocalFormats.date((LocalDate) null, MessageBundles.ENGLISH)).isEmpty();
        assertThat(LocalFormats.pounds(null, MessageBundles.BENGALI)).isEmpty();
    }
}
