import Foundation
import Synchronization

/// Raised once, from any thread (for example by Ctrl-C), to ask a running search to stop
/// and return the best it has.
public final class StopSignal: Sendable {
    private let raised = Atomic<Bool>(false)
    public init() {}
    public func raise() { raised.store(true, ordering: .relaxed) }
    public var isRaised: Bool { raised.load(ordering: .relaxed) }
}

/// When a search must stop: at a wall-clock instant, when a ``StopSignal`` is raised, or never.
///
/// Deadlines only cut searches short. Deterministic phases are bounded by counted work,
/// so that a run that ends before its deadline is reproducible.
public struct Deadline: Sendable {
    public let instant: ContinuousClock.Instant?
    public let signal: StopSignal?

    public static let never = Deadline(instant: nil, signal: nil)

    public init(instant: ContinuousClock.Instant?, signal: StopSignal?) {
        self.instant = instant
        self.signal = signal
    }

    public static func after(seconds: Double, signal: StopSignal? = nil) -> Deadline {
        let limit = seconds.isFinite ? ContinuousClock.now + .milliseconds(Int64(seconds * 1000)) : nil
        return Deadline(instant: limit, signal: signal)
    }

    public var hasPassed: Bool {
        if signal?.isRaised == true { return true }
        guard let instant else { return false }
        return ContinuousClock.now >= instant
    }

    public var wasInterrupted: Bool { signal?.isRaised == true }

    /// A deadline, on the same signal, that passes when all but `share` of the time now left
    /// has gone: a search stops there so that a last step may run before this one.
    public func leaving(_ share: Double) -> Deadline {
        guard let seconds = remainingSeconds else { return self }
        return .after(seconds: seconds * (1 - share), signal: signal)
    }

    /// Seconds left, or nil without a time limit.
    public var remainingSeconds: Double? {
        guard let instant else { return nil }
        let left = ContinuousClock.now.duration(to: instant)
        return max(0, Double(left.components.seconds) + Double(left.components.attoseconds) * 1e-18)
    }
}
