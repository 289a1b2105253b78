package ca.gc.ircc.governance.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a real server that counts the connections made through it and the most
 * that were open at once: what a test of an SMTP client's connections cannot ask the server.
 */
final class CountingRelay implements AutoCloseable {

	private final ServerSocket listener;

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger mostOpen = new AtomicInteger();

	CountingRelay(int targetPort) {
		try {
			listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(() -> accept(targetPort), "relay-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return listener.getLocalPort();
	}

	int connections() {
		return connections.get();
	}

	int mostOpenAtOnce() {
		return mostOpen.get();
	}

	private void accept(int targetPort) {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				connections.incrementAndGet();
				mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
				AtomicInteger directionsOpen = new AtomicInteger(2);
				Runnable closed = () -> {
					if (directionsOpen.decrementAndGet() == 0) {
						open.decrementAndGet();
					}
				};
				pipe(client, server, closed);
				pipe(server, client, closed);
			}
			catch (IOException ex) {
				// the relay was closed
			}
		}
	}

	private static void pipe(Socket from, Socket to, Runnable closed) {
		Thread copier = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// the other side closed first
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				closed.run();
			}
		}, "relay-copy");
		copier.setDaemon(true);
		copier.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		listener.close();
	}

}
