public let gridPlannerVersion = "0.1.0"
