package org.bridgework.reports;

/** Which areas a cold-spots report compares. */
public enum AreaLevel {
    /** The City of London's 25 wards. */
    WARD,
    /** Lower layer super output areas (about 1,500 people each) where residents' LSOAs are known. */
    LSOA
}
