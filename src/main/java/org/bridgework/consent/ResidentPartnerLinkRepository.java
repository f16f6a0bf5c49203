package org.bridgework.consent;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ResidentPartnerLinkRepository extends JpaRepository<ResidentPartnerLink, Long> {

    List<ResidentPartnerLink> findByResidentIdOrderByStartedAtDesc(long residentId);

    @Modifying
    @Query("update ResidentPartnerLink l set l.residentId = :survivor, l.mergedFromId = :duplicate where l.residentId = :duplicate")
    int moveToSurvivor(long duplicate, long survivor);

    @Modifying
    @Query("update ResidentPartnerLink l set l.residentId = :duplicate, l.mergedFromId = null where l.residentId = :survivor and l.mergedFromId = :duplicate")
    int moveBack(long survivor, long duplicate);
}
