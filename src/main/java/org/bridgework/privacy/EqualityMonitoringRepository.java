package org.bridgework.privacy;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface EqualityMonitoringRepository extends JpaRepository<EqualityMonitoring, Long> {

    Optional<EqualityMonitoring> findByResidentId(long residentId);

    Optional<EqualityMonitoring> findByResidentIdAndMergedFromId(long residentId, long mergedFromId);
}
