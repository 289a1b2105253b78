package ca.gc.ircc.governance.actionplan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reported activity with its indicators, stored as typed (escaped wherever it is shown). */
@Entity
@Table(name = "action_plan_activity")
public class Activity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private int priority;

	private String title;

	private String partner;

	@Column(name = "activity_date")
	private LocalDate date;

	private Integer participants;

	@Enumerated(EnumType.STRING)
	@Column(name = "event_size")
	private EventSize eventSize;

	@Enumerated(EnumType.STRING)
	private ActivityRole role;

	private String citations;

	private String outcome;

	@Column(name = "new_participants")
	private Boolean newParticipants;

	private String context;

	@Column(name = "application_quality")
	private String applicationQuality;

	protected Activity() {
	}

	Activity(int position, ActivityInput input) {
		this.position = position;
		this.priority = input.priority();
		this.title = input.title();
		this.partner = input.partner();
		this.date = input.date();
		this.participants = input.participants();
		this.eventSize = EventSize.of(input.participants());
		this.role = input.role();
		this.citations = input.citations().isEmpty() ? null : String.join("\n", input.citations());
		this.outcome = input.outcome();
		this.newParticipants = input.newParticipants();
		this.context = input.context();
		this.applicationQuality = input.applicationQuality();
	}

	public int getPosition() {
		return position;
	}

	public int getPriority() {
		return priority;
	}

	public String getTitle() {
		return title;
	}

	public String getPartner() {
		return partner;
	}

	public LocalDate getDate() {
		return date;
	}

	public Integer getParticipants() {
		return participants;
	}

	public EventSize getEventSize() {
		return eventSize;
	}

	public ActivityRole getRole() {
		return role;
	}

	public List<String> getCitations() {
		return citations == null ? List.of() : Arrays.asList(citations.split("\n"));
	}

	public String getOutcome() {
		return outcome;
	}

	public Boolean getNewParticipants() {
		return newParticipants;
	}

	public String getContext() {
		return context;
	}

	public String getApplicationQuality() {
		return applicationQuality;
	}

	ActivityInput toInput() {
		return new ActivityInput(priority, title, partner, date, participants, role, getCitations(), outcome,
				newParticipants, context, applicationQuality);
	}

}
