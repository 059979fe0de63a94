package org.hazardbridge.region;

/** Thrown when a point lies in no registered district, not even within the border tolerance. */
public class PointOutsideRegionsException extends RuntimeException {

    private final transient GeoPoint point;

    PointOutsideRegionsException(GeoPoint point) {
        super("坐标 " + point + " 不在任何已登记的行政区内");
        this.point = point;
    }

    /** The point that was looked up, in GCJ-02. */
    public GeoPoint point() {
        return point;
    }
}
