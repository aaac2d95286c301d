package org.zjcs.shared.worklist;

/** Whose work list is asked for: a firm, an owner unit or an approval department (the roles with a 工作台). */
public enum WorkRole {
    FIRM, OWNER, APPROVER
}
