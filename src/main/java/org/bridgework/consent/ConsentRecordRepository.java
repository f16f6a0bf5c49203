package org.bridgework.consent;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ConsentRecordRepository extends JpaRepository<ConsentRecord, Long> {

    List<ConsentRecord> findByResidentIdOrderByGivenOnDescIdDesc(long residentId);

    @Modifying
    @Query("update ConsentRecord c set c.residentId = :survivor, c.mergedFromId = :duplicate where c.residentId = :duplicate")
    int moveToSurvivor(long duplicate, long survivor);

    @Modifying
    @Query("update ConsentRecord c set c.residentId = :duplicate, c.mergedFromId = null where c.residentId = :survivor and c.mergedFromId = :duplicate")
    int moveBack(long survivor, long duplicate);
}
