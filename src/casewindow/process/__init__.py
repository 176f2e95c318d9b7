"""The partnership layer: the statutory clock, the partnership home across reviews, the agency
directory, meetings, reminders, letters, process templates and records management."""
