package org.hazardbridge.region;

/** The coordinate system a point is given in. Region boundaries are stored in {@link #GCJ02}. */
public enum CoordinateSystem {

    /** GPS coordinates. */
    WGS84,

    /** The offset system used in China by AMap and DataV. */
    GCJ02
}
