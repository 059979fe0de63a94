package org.hazardbridge.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/** A stored region. Its boundary is GCJ-02 WKB; it changes only by a new import of the region. */
@Entity
@Table(name = "region")
class Region implements Persistable<String> {

    @Id
    @Column(name = "adcode", length = 12)
    private String adcode;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "level", nullable = false, length = 16)
    private String level;

    @Column(name = "parent_adcode", length = 12)
    private String parentAdcode;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "boundary", nullable = false)
    private byte[] boundary;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "source", nullable = false, length = 255)
    private String source;

    // Adcodes are assigned, not generated: this tells Spring Data to insert rather than merge a new region.
    @Transient
    private boolean fresh;

    protected Region() {
    }

    Region(String adcode) {
        this.adcode = adcode;
        this.fresh = true;
    }

    void importFrom(RegionSummary summary, byte[] wkb, Instant at, String file) {
        if (!summary.adcode().equals(adcode)) {
            throw new IllegalArgumentException("region " + adcode + " cannot import " + summary.adcode());
        }
        this.name = summary.name();
        this.level = summary.level().name();
        this.parentAdcode = summary.parentAdcode();
        this.boundary = wkb.clone();
        this.importedAt = at;
        this.source = file;
    }

    RegionSummary summary() {
        return new RegionSummary(adcode, name, RegionLevel.valueOf(level), parentAdcode);
    }

    byte[] boundaryWkb() {
        return boundary.clone();
    }

    Instant importedAt() {
        return importedAt;
    }

    String source() {
        return source;
    }

    @Override
    public String getId() {
        return adcode;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }
}
