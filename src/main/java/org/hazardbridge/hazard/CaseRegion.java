package org.hazardbridge.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A region affected by a case: how it relates to the hazard (the geometry found that), and the role and duty the
 * jurisdiction table gave it (null until the split).
 */
@Entity
@Table(name = "case_region")
public class CaseRegion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String adcode;

    private String name;

    @Enumerated(EnumType.STRING)
    private RegionRole role;

    private String duty;

    @Column(name = "is_location")
    private boolean location;

    @Column(name = "within_radius")
    private boolean withinRadius;

    private boolean downstream;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected CaseRegion() {
    }

    CaseRegion(String adcode, String name, boolean location, boolean withinRadius, boolean downstream) {
        this.adcode = adcode;
        this.name = name;
        this.location = location;
        this.withinRadius = withinRadius;
        this.downstream = downstream;
    }

    void assign(RegionRole role, String duty) {
        this.role = role;
        this.duty = duty;
    }

    void acknowledge(String userId, Instant at) {
        if (acknowledgedAt == null) {
            this.acknowledgedBy = userId;
            this.acknowledgedAt = at;
        }
    }

    public String adcode() {
        return adcode;
    }

    public String name() {
        return name;
    }

    public RegionRole role() {
        return role;
    }

    public String duty() {
        return duty;
    }

    public boolean isLocation() {
        return location;
    }

    public boolean withinRadius() {
        return withinRadius;
    }

    public boolean downstream() {
        return downstream;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
