package org.hazardbridge.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * An expert of the pool (a Camunda user in group {@code experts}): the hazard types they may score, the region
 * they are affiliated with (null for none, such as a university outside every district), and whether they serve.
 */
@Entity
@Table(name = "expert_profile")
public class ExpertProfile {

    @Id
    @Column(name = "user_id")
    private String userId;

    private String name;

    private String specialties;

    @Column(name = "affiliated_adcode")
    private String affiliatedAdcode;

    private boolean active;

    protected ExpertProfile() {
    }

    public ExpertProfile(String userId, String name, List<String> specialties, String affiliatedAdcode,
            boolean active) {
        this.userId = userId;
        this.name = name;
        this.specialties = String.join(",", specialties);
        this.affiliatedAdcode = affiliatedAdcode;
        this.active = active;
    }

    public String userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public List<String> specialties() {
        return specialties.isEmpty() ? List.of() : Arrays.asList(specialties.split(","));
    }

    public String affiliatedAdcode() {
        return affiliatedAdcode;
    }

    public boolean active() {
        return active;
    }

    public boolean covers(String hazardType) {
        return specialties().contains(hazardType);
    }

    /** Whether the expert is affiliated with one of the given regions. */
    public boolean affiliatedWithAnyOf(List<String> adcodes) {
        return affiliatedAdcode != null && adcodes.contains(affiliatedAdcode);
    }
}
