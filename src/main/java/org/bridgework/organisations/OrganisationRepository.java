package org.bridgework.organisations;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("""
            select o from Organisation o
            where o.active = true and (:text = '' or lower(o.name) like concat('%', :text, '%')
                                       or lower(o.services) like concat('%', :text, '%'))
              and (:type is null or o.type = :type)
              and (:wardCode is null or o.wardCode = :wardCode)""")
    List<Organisation> search(String text, OrganisationType type, String wardCode, Pageable pageable);

    Optional<Organisation> findByOrgIdentifier(String orgIdentifier);

    Optional<Organisation> findByNameIgnoreCase(String name);
}
