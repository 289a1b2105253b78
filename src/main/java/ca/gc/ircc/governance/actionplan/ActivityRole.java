package ca.gc.ircc.governance.actionplan;

/** Canada's role in an activity: led (moderated), was a resource (presented), or was present. */
public enum ActivityRole {

	LEAD, RESOURCE, PARTICIPANT

}
