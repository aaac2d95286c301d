package org.zjcs.shared.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A value a view-scoped backing bean reads at most once per request: a page renders a value many times, and a
 * postback must read it afresh (another user may have changed it). {@link #reset()} after an action of the page makes
 * the next read fetch it again. Nothing of it is kept with the view's state.
 */
public final class PerRequest<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T value;
    private transient Object request;

    /** The value of this request, read with {@code read} on the first call of the request. */
    public T get(Supplier<T> read) {
        Object now = FacesContext.getCurrentInstance();
        if (now == null || request != now) {
            value = read.get();
            request = now;
        }
        return value;
    }

    /** Forgets the value: the next {@link #get} reads it again. */
    public void reset() {
        request = null;
        value = null;
    }
}
