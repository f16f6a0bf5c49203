package org.bridgework.funding;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The publisher's 360Giving identity and the funder a new grant starts with (the council unless configured). */
@Component
class FundingSettings {

    final String grantIdPrefix;
    final String defaultFunderIdentifier;
    final String defaultFunderName;
    final String publisherWebsite;
    final String licence;

    FundingSettings(@Value("${bridgework.funding.grant-id-prefix:360G-cityoflondon-}") String grantIdPrefix,
                    @Value("${bridgework.funding.funder-identifier:GB-LAE-LND}") String defaultFunderIdentifier,
                    @Value("${bridgework.funding.funder-name:City of London Corporation}") String defaultFunderName,
                    @Value("${bridgework.funding.publisher-website:https://www.cityoflondon.gov.uk/}") String publisherWebsite,
                    @Value("${bridgework.funding.licence:https://creativecommons.org/licenses/by/4.0/}") String licence) {
        this.grantIdPrefix = grantIdPrefix.endsWith("-") ? grantIdPrefix : grantIdPrefix + "-";
        this.defaultFunderIdentifier = defaultFunderIdentifier;
        this.defaultFunderName = defaultFunderName;
        this.publisherWebsite = publisherWebsite;
        this.licence = licence;
    }

    String grantIdentifier(long id) {
        return grantIdPrefix + id;
    }
}
