package org.bridgework.scale;

/**
 * One feature's share of the London-scale data set. Each feature adds its own part as a bean; the generator
 * runs them by {@link #order()}, so a part can use the rows earlier parts made (see {@link GenerationContext}).
 */
public interface DatasetPart {

    /** Shown in the progress output, e.g. "residents". */
    String name();

    /** Organisations 10, households and residents 20; later features 30 and up. */
    int order();

    void generate(GenerationContext context);
}
