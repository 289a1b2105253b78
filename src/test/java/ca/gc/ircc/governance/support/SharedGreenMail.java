package ca.gc.ircc.governance.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** One real SMTP server (GreenMail) for the whole test JVM, on a free port. */
public final class SharedGreenMail {

	private static GreenMail greenMail;

	private SharedGreenMail() {
	}

	public static synchronized GreenMail server() {
		if (greenMail == null) {
			ServerSetup smtp = ServerSetupTest.SMTP.dynamicPort();
			greenMail = new GreenMail(smtp);
			greenMail.start();
			Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
		}
		return greenMail;
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

}
