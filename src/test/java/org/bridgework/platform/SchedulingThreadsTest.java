package org.bridgework.platform;

import org.bridgework.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/** A job that runs for minutes (the reach summary's rebuild) must leave threads for the other scheduled jobs. */
class SchedulingThreadsTest extends IntegrationTest {

    @Autowired ThreadPoolTaskScheduler scheduler;

    @Test
    void scheduledJobsDoNotShareOneThread() {
        assertThat(scheduler.getScheduledThreadPoolExecutor().getCorePoolSize()).isGreaterThanOrEqualTo(4);
    }
}
