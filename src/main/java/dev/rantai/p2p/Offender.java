package dev.rantai.p2p;

/** Where a misbehaving session is reported: it is closed, its address banned, the ban counted and logged. */
@FunctionalInterface
public interface Offender {
    void misbehaved(Session session, Misbehaviour why, String detail);
}
