"""The demo review that `make run` loads: a fictional case, believable enough that a newcomer
sees the Learning Together method at work. Every name, place and event here is invented."""
