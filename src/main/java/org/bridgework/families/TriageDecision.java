package org.bridgework.families;

public enum TriageDecision {
    ACCEPTED, REDIRECTED, CLOSED
}
