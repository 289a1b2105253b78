package ca.gc.ircc.governance;

/** Something the caller named does not exist, or is not theirs to see (answered as 404 either way). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
