package org.hedgerow.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.support.UUIDStringGenerator;

/**
 * Something a group runs that a person can go to: "Tuesday towpath walk, every Tuesday 10:00–11:30".
 * The schedule is kept as its parts (days, frequency, times) so that search can filter on them.
 */
@Node
public class Activity {

    @Id
    @GeneratedValue(UUIDStringGenerator.class)
    private String id;

    private String name;

    private String description;

    private List<DayOfWeek> days = new ArrayList<>();

    private Frequency frequency = Frequency.WEEKLY;

    private Integer weekOfMonth;

    private LocalTime startTime;

    private LocalTime endTime;

    /** Places per session; null for a drop-in with no limit. */
    private Integer capacity;

    private Integer spacesLeft;

    private Cost cost = Cost.FREE;

    private String costNote;

    private String whatToBring;

    private String contact;

    private ListingStatus status = ListingStatus.ACTIVE;

    private Instant updatedAt;

    @Relationship(type = "RUNS", direction = Relationship.Direction.INCOMING)
    private Group group;

    @Relationship(type = "HELD_AT")
    private Venue venue;

    @Relationship(type = "IN_CATEGORY")
    private List<Category> categories = new ArrayList<>();

    @Relationship(type = "SUPPORTS")
    private List<Need> needs = new ArrayList<>();

    @Version
    private Long version;

    public Activity(String name, String description, Group group, Venue venue) {
        this.name = name;
        this.description = description;
        this.group = group;
        this.venue = venue;
        this.updatedAt = Instant.now();
    }

    public Activity meets(Frequency frequency, Integer weekOfMonth, LocalTime startTime, LocalTime endTime,
                          DayOfWeek... days) {
        this.frequency = frequency;
        this.weekOfMonth = weekOfMonth;
        this.startTime = startTime;
        this.endTime = endTime;
        this.days = new ArrayList<>(List.of(days));
        return this;
    }

    public Activity places(Integer capacity, Integer spacesLeft) {
        this.capacity = capacity;
        this.spacesLeft = spacesLeft;
        return this;
    }

    public Activity costs(Cost cost, String costNote) {
        this.cost = cost;
        this.costNote = costNote;
        return this;
    }

    public Activity servesIn(List<Category> categories, List<Need> needs) {
        this.categories = new ArrayList<>(categories);
        this.needs = new ArrayList<>(needs);
        return this;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public List<DayOfWeek> getDays() {
        return List.copyOf(days);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public Integer getWeekOfMonth() {
        return weekOfMonth;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public Integer getSpacesLeft() {
        return spacesLeft;
    }

    public boolean isFull() {
        return spacesLeft != null && spacesLeft == 0;
    }

    public Cost getCost() {
        return cost;
    }

    public String getCostNote() {
        return costNote;
    }

    public String getWhatToBring() {
        return whatToBring;
    }

    public String getContact() {
        return contact;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Group getGroup() {
        return group;
    }

    public Venue getVenue() {
        return venue;
    }

    public List<Category> getCategories() {
        return List.copyOf(categories);
    }

    public List<Need> getNeeds() {
        return List.copyOf(needs);
    }

    public Long getVersion() {
        return version;
    }
}
