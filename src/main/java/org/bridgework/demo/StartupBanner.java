package org.bridgework.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who just ran the app where it is and, in the demo, how to sign in. */
@Component
class StartupBanner {

    private final Environment env;
    private final boolean demo;

    StartupBanner(Environment env, @Value("${bridgework.demo-data.enabled}") boolean demo) {
        this.env = env;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        var out = new StringBuilder("\n\n  Bridgework is running at http://localhost:").append(port).append("/\n");
        if (demo) {
            out.append("\n  Demo sign-ins (password for all: ").append(DemoData.PASSWORD).append(")\n");
            for (String[] u : DemoData.USERS) {
                out.append(String.format("    %-14s %s%n", u[0], u[2]));
            }
        }
        System.out.println(out);
    }
}
