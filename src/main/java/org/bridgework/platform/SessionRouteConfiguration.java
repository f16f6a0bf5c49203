package org.bridgework.platform;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a load balancer with several instances: BRIDGEWORK_SESSION_ROUTE=a makes every session id end in ".a"
 * (Tomcat's jvmRoute), so that the balancer can send a session back to the instance that holds its Vaadin UI state,
 * and, when that instance is gone, to another one (where the user signs in again). See docs/operations.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bridgework.session-route")
class SessionRouteConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionRoute(@Value("${bridgework.session-route}") String route) {
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            // the session manager reads the route from the engine when it starts, which is after this event
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null
                    && context.getParent().getParent() instanceof Engine engine && !route.isBlank()) {
                engine.setJvmRoute(route.trim());
            }
        }));
    }
}
