package org.bridgework.residents;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ResidentRepository extends JpaRepository<Resident, Long> {

    List<Resident> findByIdIn(Collection<Long> ids);

    List<Resident> findByHouseholdId(long householdId);

    boolean existsByNotes(String notes);
}
