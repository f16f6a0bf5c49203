package org.bridgework.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

/** A resident's equality monitoring answers; any may be null (not asked or not answered). {@code version} 0 when new. */
public record EqualityAnswers(long version, Ethnicity ethnicity, Disability disability, Sex sex,
                              GenderSameAsBirth genderSameAsBirth, SexualOrientation sexualOrientation,
                              Religion religion) {

    public static EqualityAnswers none() {
        return new EqualityAnswers(0, null, null, null, null, null, null);
    }

    public Map<EqualityField, EqualityAnswer> byField() {
        var m = new LinkedHashMap<EqualityField, EqualityAnswer>();
        m.put(EqualityField.ETHNICITY, ethnicity);
        m.put(EqualityField.DISABILITY, disability);
        m.put(EqualityField.SEX, sex);
        m.put(EqualityField.GENDER_SAME_AS_BIRTH, genderSameAsBirth);
        m.put(EqualityField.SEXUAL_ORIENTATION, sexualOrientation);
        m.put(EqualityField.RELIGION, religion);
        return m;
    }
}
