package ca.gc.ircc.governance;

import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Bad input that reached the process (a start or a task completion over Camunda REST or a Tasklist
 * form): the transaction rolls back, the task stays open, and the client is answered 400 naming the
 * field. Carries the domain's {@link InvalidInputException} as its cause.
 */
public class ProcessInputException extends BadUserRequestException {

	private final String field;

	public ProcessInputException(InvalidInputException cause) {
		super(cause.getField() + ": " + cause.getMessage(), cause);
		this.field = cause.getField();
	}

	public String getField() {
		return field;
	}

	/** Runs a step of a listener or delegate, turning the domain's invalid input into this exception. */
	public static <T> T translating(Supplier<T> step) {
		try {
			return step.get();
		}
		catch (InvalidInputException ex) {
			throw new ProcessInputException(ex);
		}
	}

	public static void translating(Runnable step) {
		translating(() -> {
			step.run();
			return null;
		});
	}

	/** The domain's invalid input somewhere in the causes of an engine exception, or null. */
	public static InvalidInputException invalidInputIn(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof InvalidInputException invalid) {
				return invalid;
			}
		}
		return null;
	}

}
