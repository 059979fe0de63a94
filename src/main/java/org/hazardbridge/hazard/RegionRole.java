package org.hazardbridge.hazard;

/**
 * What the jurisdiction table makes of an affected region. PRIMARY and CO_RESPONSIBLE regions dispose and accept;
 * INFORMED regions are only notified; NONE regions were considered and left out.
 */
public enum RegionRole {
    PRIMARY, CO_RESPONSIBLE, INFORMED, NONE;

    public boolean isResponsible() {
        return this == PRIMARY || this == CO_RESPONSIBLE;
    }

    public boolean isNotified() {
        return this != NONE;
    }
}
