"""Door mode: one event's check-in screen for the volunteer at the door, and nothing else
of the vault."""
