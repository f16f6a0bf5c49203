package org.bridgework.reference;

/**
 * One London LSOA in the English Indices of Deprivation 2019. Every decile runs from 1 (among the 10% most deprived
 * areas in England) to 10 (among the 10% least deprived); a domain decile is null where the source had none.
 */
public record LsoaDeprivation(String lsoaCode, String lsoaName, String localAuthority, int imdDecile,
                              Integer incomeDecile, Integer employmentDecile, Integer educationDecile,
                              Integer healthDecile, Integer crimeDecile, Integer housingBarriersDecile,
                              Integer livingEnvironmentDecile, Integer childrenIncomeDecile,
                              Integer olderPeopleIncomeDecile) {
}
