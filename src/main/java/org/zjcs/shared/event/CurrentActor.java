package org.zjcs.shared.event;

/** Port: who is acting now (the logged-in user's name, or "system" for timers and start-up work). */
public interface CurrentActor {

    String SYSTEM = "system";
    String ANONYMOUS = "anonymous";

    String name();
}
