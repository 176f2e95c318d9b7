"""Developer and CI scripts run through make (not part of the app)."""
