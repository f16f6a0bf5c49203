package org.bridgework.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select u from UserAccount u where lower(u.username) like :text or lower(u.displayName) like :text")
    List<UserAccount> search(String text, Pageable pageable);

    @Modifying
    @Query("update UserAccount u set u.lastSignInAt = :at where u.id = :id")
    void recordSignIn(long id, Instant at);
}
