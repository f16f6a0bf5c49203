package org.bridgework.activities;

/** What a register save says about one person. {@code accompaniedById} is the parent or carer a child came with. */
public record RegisterMark(long residentId, Mark mark, Long accompaniedById) {

    public static RegisterMark of(long residentId, Mark mark) {
        return new RegisterMark(residentId, mark, null);
    }
}
