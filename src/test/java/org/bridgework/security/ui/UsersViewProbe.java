package org.bridgework.security.ui;

/** Lets tests in other packages name the package-private users view. */
public final class UsersViewProbe {
    private UsersViewProbe() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends com.vaadin.flow.component.Component> type() {
        return UsersView.class;
    }
}
