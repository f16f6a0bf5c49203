package org.bridgework.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    FilterRegistrationBean<RequestContext> bridgeworkRequestContext() {
        var registration = new FilterRegistrationBean<>(new RequestContext());
        // after Spring Security's filter chain (order -100), so the user is known
        registration.setOrder(0);
        return registration;
    }
}
