package org.bridgework.demo;

/** The demo sign-ins, shared by the loader that creates them and the start-up banner that prints them. */
public final class DemoData {

    public static final String PASSWORD = "Bridgework-demo-2026!";
    public static final String[][] USERS = {
            {"admin", "Ada Administrator", "ADMIN"},
            {"manager", "Maya Manager", "MANAGER"},
            {"officer", "Omar Officer", "OFFICER"},
            {"familyworker", "Fiona Family-Worker", "FAMILY_WORKER"},
            {"partner", "Priya Partner (Toynbee Hall)", "PARTNER"},
            {"volunteer", "Victor Volunteer", "VOLUNTEER"},
    };

    /** A fixed seed, so that every fresh machine gets the same demo residents. */
    public static final long SEED = 20261201L;

    private DemoData() {
    }
}
