package org.zjcs.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a service guide's procedure: its name (content data, usually Chinese) and who acts. */
@Embeddable
public class GuideStep {

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor", length = 16, nullable = false)
    private StepActor actor;

    protected GuideStep() {
    }

    public GuideStep(String name, StepActor actor) {
        this.name = name;
        this.actor = actor;
    }

    public String getName() {
        return name;
    }

    public StepActor getActor() {
        return actor;
    }

    @Override
    public String toString() {
        return actor + ":" + name;
    }
}
