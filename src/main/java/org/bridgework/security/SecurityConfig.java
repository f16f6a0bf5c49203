package org.bridgework.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.bridgework.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

@EnableWebSecurity
@EnableMethodSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Operations endpoints: health is public for load balancers; the rest needs an administrator. */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(Customizer.withDefaults())
                // scrapers get a plain 401 challenge, not a redirect to the sign-in page
                .exceptionHandling(e -> e.authenticationEntryPoint(basicEntryPoint()))
                .csrf(c -> c.disable())
                .build();
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        var entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Bridgework operations");
        return entryPoint;
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        // the error dispatch must stay open, or a 401 for a scraper turns into a redirect to the sign-in page
        http.authorizeHttpRequests(a -> a.requestMatchers("/images/**", "/styles.css", "/icons/**", "/error").permitAll());
        http.headers(h -> h.frameOptions(f -> f.deny()));
        // signed-in users reach Vaadin's own not-found page for unknown addresses, rather than a bare 403
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    /**
     * The only authentication provider, used by the global authentication manager. Registering it on a
     * filter chain as well would make a failed sign-in count twice (chain, then parent manager).
     */
    @Bean
    GuardedAuthenticationProvider guardedAuthenticationProvider(UserAccountService users, PasswordEncoder encoder,
                                                                SignInGuard guard) {
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new GuardedAuthenticationProvider(dao, guard, users);
    }

    /** bcrypt by default; the delegating encoder reads older hashes and lets the default move on later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
