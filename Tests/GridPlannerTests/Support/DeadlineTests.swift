import Testing
@testable import GridPlanner

/// A deadline that leaves a share of the time keeps the signal, passes before its parent, and
/// stays without an instant when the parent has none.
@Test func aDeadlineLeavingAShareEndsEarlierOnTheSameSignal() {
    let signal = StopSignal()
    let parent = Deadline.after(seconds: 100, signal: signal)
    let early = parent.leaving(0.25)
    let left = early.remainingSeconds ?? 0
    #expect(left > 70 && left <= 75)
    #expect(!early.hasPassed)
    signal.raise()
    #expect(early.hasPassed)
    #expect(Deadline.never.leaving(0.5).remainingSeconds == nil)
    #expect(!Deadline.never.leaving(0.5).hasPassed)
}
