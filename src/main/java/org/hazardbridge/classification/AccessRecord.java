package org.hazardbridge.classification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read of, or refused attempt at, restricted or secret data. Never changed. */
@Entity
@Table(name = "access_log")
public class AccessRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "user_regions")
    private String userRegions;

    @Column(name = "case_number")
    private String caseNumber;

    private String field;

    private String path;

    @Column(name = "accessed_at")
    private Instant accessedAt;

    private boolean allowed;

    protected AccessRecord() {
    }

    AccessRecord(String userId, String userRegions, String caseNumber, String field, String path, Instant at,
            boolean allowed) {
        this.userId = userId;
        this.userRegions = userRegions;
        this.caseNumber = caseNumber;
        this.field = field;
        this.path = path;
        this.accessedAt = at;
        this.allowed = allowed;
    }

    public String userId() {
        return userId;
    }

    public String userRegions() {
        return userRegions;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String field() {
        return field;
    }

    public String path() {
        return path;
    }

    public Instant accessedAt() {
        return accessedAt;
    }

    public boolean allowed() {
        return allowed;
    }
}
