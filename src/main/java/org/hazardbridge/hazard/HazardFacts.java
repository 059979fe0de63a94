package org.hazardbridge.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Map;

/** What the reporter said about the hazard, with its location converted to GCJ-02. Immutable once reported. */
@Embeddable
public class HazardFacts {

    @Enumerated(EnumType.STRING)
    @Column(name = "hazard_type")
    private HazardType type;

    private String title;

    private String description;

    @Column(name = "location_adcode")
    private String locationAdcode;

    @Column(name = "location_name")
    private String locationName;

    private double lon;

    private double lat;

    @Column(name = "reported_lon")
    private double reportedLon;

    @Column(name = "reported_lat")
    private double reportedLat;

    @Column(name = "reported_crs")
    private String reportedCrs;

    @Column(name = "impact_radius_m")
    private int impactRadiusMeters;

    @Column(name = "potential_deaths")
    private long potentialDeaths;

    @Column(name = "potential_serious_injuries")
    private long potentialSeriousInjuries;

    @Column(name = "potential_direct_loss_yuan")
    private long potentialDirectLossYuan;

    @Enumerated(EnumType.STRING)
    @Column(name = "social_impact")
    private SocialImpact socialImpact;

    @Column(name = "major_hazard_situation")
    private boolean majorHazardSituation;

    @Column(name = "local_facts")
    private String localFacts;

    protected HazardFacts() {
    }

    HazardFacts(HazardReport report, String locationAdcode, String locationName, double gcjLon, double gcjLat) {
        this.type = report.type();
        this.title = report.title();
        this.description = report.description();
        this.locationAdcode = locationAdcode;
        this.locationName = locationName;
        this.lon = gcjLon;
        this.lat = gcjLat;
        this.reportedLon = report.lon();
        this.reportedLat = report.lat();
        this.reportedCrs = report.crs().name();
        this.impactRadiusMeters = report.impactRadiusMeters();
        this.potentialDeaths = report.potentialDeaths();
        this.potentialSeriousInjuries = report.potentialSeriousInjuries();
        this.potentialDirectLossYuan = report.potentialDirectLossYuan();
        this.socialImpact = report.socialImpact();
        this.majorHazardSituation = report.majorHazardSituation();
        this.localFacts = LocalFacts.write(report.localFacts());
    }

    public HazardType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String locationAdcode() {
        return locationAdcode;
    }

    public String locationName() {
        return locationName;
    }

    /** Longitude in GCJ-02, the system of the boundaries. */
    public double lon() {
        return lon;
    }

    /** Latitude in GCJ-02, the system of the boundaries. */
    public double lat() {
        return lat;
    }

    public double reportedLon() {
        return reportedLon;
    }

    public double reportedLat() {
        return reportedLat;
    }

    public String reportedCrs() {
        return reportedCrs;
    }

    public int impactRadiusMeters() {
        return impactRadiusMeters;
    }

    public long potentialDeaths() {
        return potentialDeaths;
    }

    public long potentialSeriousInjuries() {
        return potentialSeriousInjuries;
    }

    public long potentialDirectLossYuan() {
        return potentialDirectLossYuan;
    }

    public SocialImpact socialImpact() {
        return socialImpact;
    }

    public boolean majorHazardSituation() {
        return majorHazardSituation;
    }

    /** Facts only a region's own grading table reads, such as stored tonnage of hazardous chemicals. */
    public Map<String, Double> localFacts() {
        return LocalFacts.read(localFacts);
    }

    /** The location as users read it, for example "吴江区 (120.88000, 31.02000, GCJ-02)". */
    public String locationText() {
        return String.format(java.util.Locale.ROOT, "%s (%.5f, %.5f, GCJ-02)", locationName, lon, lat);
    }
}
