package org.bridgework.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RetentionJobTest {

    @Test
    void switchedOffTheJobAnonymisesNobody() {
        var retention = mock(RetentionService.class);
        new RetentionJob(retention, false).monthly();
        verify(retention, never()).run();
    }

    @Test
    void aBacklogIsClearedBatchByBatchUntilABatchIsShort() {
        var retention = mock(RetentionService.class);
        when(retention.batchSize()).thenReturn(500);
        when(retention.run()).thenReturn(500, 500, 3);
        new RetentionJob(retention, true).monthly();
        verify(retention, times(3)).run();
        assertThat(new RetentionJob(retention, true).runAll()).isEqualTo(3);
    }
}
