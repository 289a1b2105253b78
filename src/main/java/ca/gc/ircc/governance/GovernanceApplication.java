package ca.gc.ircc.governance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GovernanceApplication {

	public static void main(String[] args) {
		SpringApplication.run(GovernanceApplication.class, args);
	}

}
