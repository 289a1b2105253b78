package ca.gc.ircc.governance;

/** The request is well formed but clashes with the current state (e.g. a second running cycle). */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
