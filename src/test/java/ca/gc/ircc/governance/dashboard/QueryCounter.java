package ca.gc.ircc.governance.dashboard;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements a piece of work sends to the database, on the current thread only
 * (connections taken by other threads, or outside {@link #count}, are left alone). Part of the shared
 * test context: it wraps the application's pool, which every other test uses unchanged.
 */
@Component
class QueryCounter implements BeanPostProcessor {

	private static final ThreadLocal<int[]> STATEMENTS = new ThreadLocal<>();

	private static final Set<String> SENDING = Set.of("prepareStatement", "prepareCall", "createStatement");

	record Counted<T>(T result, int statements) {
	}

	static <T> Counted<T> count(Supplier<T> work) {
		STATEMENTS.set(new int[1]);
		try {
			T result = work.get();
			return new Counted<>(result, STATEMENTS.get()[0]);
		}
		finally {
			STATEMENTS.remove();
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof HikariDataSource pool ? new CountingDataSource(pool) : bean;
	}

	private static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			if (STATEMENTS.get() == null) {
				return connection;
			}
			return (Connection) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						int[] statements = STATEMENTS.get();
						if (statements != null && SENDING.contains(method.getName())) {
							statements[0]++;
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
