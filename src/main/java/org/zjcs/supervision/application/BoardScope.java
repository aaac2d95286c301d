package org.zjcs.supervision.application;

import java.util.List;

/**
 * The part of the board a caller sees, decided by {@link BoardAccess} from the Guard (never by a page): a regulator
 * everything, the operator the platform's own items (party OPERATOR), approval staff their own department's items.
 */
public record BoardScope(Kind kind, Long departmentId) {

    public enum Kind { ALL, PLATFORM, DEPARTMENT }

    public static final BoardScope ALL = new BoardScope(Kind.ALL, null);
    public static final BoardScope PLATFORM = new BoardScope(Kind.PLATFORM, null);

    public static BoardScope department(long id) {
        return new BoardScope(Kind.DEPARTMENT, id);
    }

    /** The SQL condition (starting with " AND", or empty) on due_item; its parameter goes into {@code params}. */
    String sql(List<Object> params) {
        return switch (kind) {
            case ALL -> "";
            case PLATFORM -> " AND party_type = 'OPERATOR'";
            case DEPARTMENT -> {
                params.add(departmentId);
                yield " AND department_id = ?";
            }
        };
    }

    /** The scope as export parameters ({@code scope}, and {@code department} for a department's). */
    public java.util.Map<String, String> asParameters() {
        return departmentId == null ? java.util.Map.of("scope", kind.name())
                : java.util.Map.of("scope", kind.name(), "department", String.valueOf(departmentId));
    }

    /** The scope {@link #asParameters} wrote; anything else is refused (IllegalArgumentException: a broken job). */
    public static BoardScope fromParameters(String scope, Long department) {
        Kind k = Kind.valueOf(scope);
        if (k == Kind.DEPARTMENT) {
            if (department == null) {
                throw new IllegalArgumentException("a department scope needs its department");
            }
            return department(department);
        }
        return k == Kind.ALL ? ALL : PLATFORM;
    }

    /**
     * The SQL condition on the step-time histogram {@code due_step_day} (V54): the department 0 rows count every item
     * once (the operator's: those of party OPERATOR), a department's own rows its items.
     */
    String stepSql(List<Object> params) {
        return switch (kind) {
            case ALL -> "department_id = 0";
            case PLATFORM -> "department_id = 0 AND party_type = 'OPERATOR'";
            case DEPARTMENT -> {
                params.add(departmentId);
                yield "department_id = ?";
            }
        };
    }

    public String messageKey() {
        return "board.scope." + kind.name();
    }
}
