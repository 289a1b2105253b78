package ca.gc.ircc.governance.bench;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The Camunda engine alone, configured as the application configures it (history FULL, UUID ids,
 * JSON variables, the same pool size, job executor on) but without authorization and without any
 * application code, running the review process's own BPMN with its listeners and delegates taken out.
 */
final class BareEngine implements AutoCloseable {

	private final HikariDataSource pool;

	final ProcessEngine engine;

	private BareEngine(HikariDataSource pool, ProcessEngine engine) {
		this.pool = pool;
		this.engine = engine;
	}

	static BareEngine start(BenchDatabase database, String name, int poolSize) {
		HikariDataSource pool = database.pool(name, poolSize);
		StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
		config.setProcessEngineName("bare");
		config.setDataSource(pool);
		config.setDatabaseSchemaUpdate("true");
		config.setHistory("full");
		config.setIdGenerator(new StrongUuidGenerator());
		config.setJobExecutorActivate(true);
		config.setAuthorizationEnabled(false);
		config.setJavaSerializationFormatEnabled(false);
		config.setDefaultSerializationFormat("application/json");
		config.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
		ProcessEngine engine = config.buildProcessEngine();
		engine.getRepositoryService()
			.createDeployment()
			.name("bench: strategy-review without application code")
			.addModelInstance("strategy-review-bare.bpmn", withoutApplicationCode())
			.deploy();
		return new BareEngine(pool, engine);
	}

	/**
	 * processes/strategy-review.bpmn with every execution and task listener removed, every delegate
	 * replaced by a no-op expression, and the consultation running over a plain list variable: the
	 * same elements, gateways, timers and multi-instance, and nothing of the application.
	 */
	static BpmnModelInstance withoutApplicationCode() {
		BpmnModelInstance model;
		try (InputStream bpmn = BareEngine.class.getResourceAsStream("/processes/strategy-review.bpmn")) {
			model = Bpmn.readModelFromStream(bpmn);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		List<ModelElementInstance> listeners = new ArrayList<>();
		listeners.addAll(model.getModelElementsByType(CamundaExecutionListener.class));
		listeners.addAll(model.getModelElementsByType(CamundaTaskListener.class));
		listeners.forEach(listener -> listener.getParentElement().removeChildElement(listener));
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
			task.setCamundaExpression("${null}");
		}
		for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
			loop.setCamundaCollection("${consultees}");
		}
		return model;
	}

	@Override
	public void close() {
		engine.close();
		pool.close();
	}

}
