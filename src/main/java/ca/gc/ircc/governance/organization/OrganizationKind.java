package ca.gc.ircc.governance.organization;

public enum OrganizationKind {

	BRANCH, COMMITTEE, EXECUTIVE, PARTNER_DEPARTMENT, MISSION

}
