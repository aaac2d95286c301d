package org.zjcs.shared.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Several rules of one form refused its input at once: every problem, each naming its field, so that a page shows
 * them all at their fields instead of only the first. As a {@link DomainException} its message key and arguments are
 * the first problem's, so callers that show one message (APIs, older pages) keep working.
 */
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** One refused field: the field's name (the form field's id on the page), a message key and its arguments. */
    public record Problem(String field, String messageKey, Object... args) {
        public Problem {
            args = args == null ? new Object[0] : args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }
    }

    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(first(problems).messageKey(), first(problems).args());
        this.problems = List.copyOf(problems);
    }

    private static Problem first(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        return problems.get(0);
    }

    /** The problems in the order of the form. */
    public List<Problem> problems() {
        return problems;
    }

    /** The fields refused, in order. */
    public List<String> fields() {
        return problems.stream().map(Problem::field).toList();
    }

    /** Collects a form's problems; {@link #throwIfAny()} at the end. */
    public static final class Problems {

        private final List<Problem> list = new ArrayList<>();

        public void add(String field, String messageKey, Object... args) {
            list.add(new Problem(field, messageKey, args));
        }

        /**
         * The value a rule gives, or null when the rule refuses it (a {@link DomainException}): the refusal is recorded
         * for the field and checking goes on.
         */
        public <T> T check(String field, Supplier<T> rule) {
            try {
                return rule.get();
            } catch (ValidationException e) {
                list.addAll(e.problems());
                return null;
            } catch (DomainException e) {
                list.add(new Problem(field, e.messageKey(), e.args()));
                return null;
            }
        }

        public boolean isEmpty() {
            return list.isEmpty();
        }

        public boolean has(String field) {
            return list.stream().anyMatch(p -> p.field().equals(field));
        }

        public void throwIfAny() {
            if (!list.isEmpty()) {
                throw new ValidationException(list);
            }
        }
    }
}
