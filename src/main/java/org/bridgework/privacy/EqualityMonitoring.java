package org.bridgework.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "equality_monitoring")
class EqualityMonitoring {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Version
    long version;
    @Column(name = "resident_id", nullable = false, unique = true)
    long residentId;
    @Enumerated(EnumType.STRING)
    Ethnicity ethnicity;
    @Enumerated(EnumType.STRING)
    Disability disability;
    @Enumerated(EnumType.STRING)
    Sex sex;
    @Enumerated(EnumType.STRING)
    @Column(name = "gender_same_as_birth")
    GenderSameAsBirth genderSameAsBirth;
    @Enumerated(EnumType.STRING)
    @Column(name = "sexual_orientation")
    SexualOrientation sexualOrientation;
    @Enumerated(EnumType.STRING)
    Religion religion;
    @Column(name = "merged_from_id")
    Long mergedFromId;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    EqualityAnswers toAnswers() {
        return new EqualityAnswers(version, ethnicity, disability, sex, genderSameAsBirth, sexualOrientation, religion);
    }

    void apply(EqualityAnswers a) {
        ethnicity = a.ethnicity();
        disability = a.disability();
        sex = a.sex();
        genderSameAsBirth = a.genderSameAsBirth();
        sexualOrientation = a.sexualOrientation();
        religion = a.religion();
    }
}
