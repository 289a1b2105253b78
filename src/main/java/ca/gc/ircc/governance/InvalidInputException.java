package ca.gc.ircc.governance;

/** Input that breaks a business rule; names the offending field so that clients can point at it. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return field;
	}

}
