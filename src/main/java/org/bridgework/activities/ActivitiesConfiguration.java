package org.bridgework.activities;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is sent, and reminders queued, on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ActivitiesConfiguration {
}
