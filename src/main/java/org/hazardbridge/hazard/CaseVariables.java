package org.hazardbridge.hazard;

/**
 * Names of the process variables of {@code processes/hazard-case.bpmn}, in one place. They match the names used in
 * the BPMN file, the DMN tables and the forms; change them together.
 */
public final class CaseVariables {

    // The report, as submitted by POST /api/hazards or by the start form in Tasklist.
    public static final String HAZARD_TYPE = "hazardType";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String LON = "lon";
    public static final String LAT = "lat";
    public static final String CRS = "crs";
    public static final String IMPACT_RADIUS_METERS = "impactRadiusMeters";
    public static final String POTENTIAL_DEATHS = "potentialDeaths";
    public static final String POTENTIAL_SERIOUS_INJURIES = "potentialSeriousInjuries";
    public static final String POTENTIAL_DIRECT_LOSS_YUAN = "potentialDirectLossYuan";
    public static final String SOCIAL_IMPACT = "socialImpact";
    public static final String MAJOR_HAZARD_SITUATION = "majorHazardSituation";

    // Set by the product once the case is registered: routing data and public facts shown on forms.
    public static final String CASE_NUMBER = "caseNumber";
    public static final String LOCATION_ADCODE = "locationAdcode";
    public static final String LOCATION_TEXT = "locationText";
    public static final String HAZARD_TYPE_TEXT = "hazardTypeText";
    /** The title and description as the forms show them: user text with its Markdown and HTML escaped. */
    public static final String TITLE_TEXT = "titleText";
    public static final String DESCRIPTION_TEXT = "descriptionText";
    public static final String GRADE = "grade";
    public static final String LEGAL_CLASS = "legalClass";
    public static final String NOTIFIED_REGIONS = "notifiedRegions";
    public static final String RESPONSIBLE_REGIONS = "responsibleRegions";
    public static final String STAGE = "stage";
    public static final String STAGE_DUE = "stageDue";
    public static final String ATTACHMENT_LINKS = "attachmentLinks";
    public static final String REJECTION_REASONS = "rejectionReasons";
    /** The current round's disposal reports, as the acceptance form shows them (Markdown, user text escaped). */
    public static final String DISPOSAL_REPORTS = "disposalReports";
    public static final String ALL_ACCEPTED = "allAccepted";

    // Local to one instance of a multi-instance task: the region it belongs to.
    public static final String REGION = "region";
    public static final String REGION_NAME = "regionName";
    public static final String REGION_ROLE = "regionRole";
    public static final String REGION_DUTY = "regionDuty";

    // Task form fields.
    public static final String ACKNOWLEDGE_NOTE = "acknowledgeNote";
    public static final String DISPOSAL_REPORT = "disposalReport";
    public static final String ACCEPTED = "accepted";
    public static final String ACCEPTANCE_REPORT = "acceptanceReport";
    public static final String SUPERVISION_NOTE = "supervisionNote";

    private CaseVariables() {
    }
}
