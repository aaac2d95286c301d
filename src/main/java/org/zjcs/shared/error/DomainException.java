package org.zjcs.shared.error;

import java.util.Arrays;

/**
 * A business rule refused an action. It carries a message key of messages_*.properties and its
 * arguments, so that pages and APIs show the reason in the user's language.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public DomainException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /**
     * An argument that is itself a message key (e.g. the name of the field a rule refused), shown in the reader's
     * language wherever the message is.
     */
    public record Label(String key) {
        @Override
        public String toString() {
            return key;
        }
    }
}
