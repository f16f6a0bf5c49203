package org.bridgework.privacy;

/** One answer on the equality monitoring form, as the form and the reports word it. */
public interface EqualityAnswer {

    String name();

    String label();
}
