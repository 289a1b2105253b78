package ca.gc.ircc.governance;

/** The caller is known but its organization may not do this. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
