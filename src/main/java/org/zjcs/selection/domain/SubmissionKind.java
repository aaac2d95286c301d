package org.zjcs.selection.domain;

/** What a submission did: a first enrolment, a revised price, a withdrawal, or an enrolment after a withdrawal. */
public enum SubmissionKind {
    ENROL, REVISE, WITHDRAW, REENROL
}
