"""Background jobs that survive a crash: worker heartbeats, recovery of the jobs a dead worker
left "running" (run again, or failed with "Try again"), and the app's progress rows kept in step.
Built on django-tasks-db, whose claiming already keeps two workers off one job."""
